package com.clientbook.system;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading what the server mailed to a test's GreenMail: the outbox sends after the transaction, so every read waits
 * (up to a minute) for the mail to arrive. Texts are the decoded ones, not the quoted-printable wire form.
 */
final class Mails {

    /** A password link of any kind (first password or reset), as the e-mails carry it. */
    static final Pattern PASSWORD_LINK = Pattern.compile("https?://\\S+/set-password\\.xhtml\\?token=[A-Za-z0-9_\\-]+");

    private Mails() {
    }

    /**
     * The SMTP server the system-test server mails to ({@code clientbook.smtpPort}), for a test class's
     * {@code @RegisterExtension}: no authentication, one server for all the class's tests.
     */
    static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(SystemTestServer.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    /** The texts of the e-mails to the address whose subject is exactly {@code subject}, oldest first; waits for at least {@code count}. */
    static List<String> await(GreenMailExtension smtp, String email, String subject, int count) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            List<String> texts = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(email) && subject.equals(subject(m)))
                    .map(Mails::text)
                    .toList();
            if (texts.size() >= count) {
                return texts;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(count + " e-mail(s) \"" + subject + "\" to " + email + " expected within a minute, got " + texts.size());
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The password link in the newest e-mail to the address with this subject. */
    static String passwordLink(GreenMailExtension smtp, String email, String subject) {
        List<String> texts = await(smtp, email, subject, 1);
        Matcher link = PASSWORD_LINK.matcher(texts.get(texts.size() - 1));
        if (!link.find()) {
            throw new AssertionError("No password link in: " + texts.get(texts.size() - 1));
        }
        return link.group();
    }

    /** Every e-mail received so far to the address, whatever its subject. */
    static long countTo(GreenMailExtension smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(email)).count();
    }

    static String recipient(Message message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
