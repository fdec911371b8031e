package com.clientbook.services.mail;

/**
 * One e-mail, worded and ready to queue.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param body    the plain text
 */
public record Mail(String to, String subject, String body) {
}
