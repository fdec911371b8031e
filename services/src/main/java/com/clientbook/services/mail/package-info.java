/**
 * What every e-mail of Clientbook shares: whom it goes to, in which language and time zone ({@link Recipient}), and
 * the one way to read its texts from the bundle {@code mails_en/_de.properties} beside this package
 * ({@link MailTexts}). Each feature words its own mails in a class of its own ({@code AccountMails},
 * {@code InvitationMails}, …) from keys of that bundle; docs/architecture.md, "E-mails and languages", says how to
 * add one.
 */
package com.clientbook.services.mail;
