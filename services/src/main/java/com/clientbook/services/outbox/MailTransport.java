package com.clientbook.services.outbox;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.services.shared.Configuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Hands one message to the SMTP server named in the configuration. */
@ApplicationScoped
public class MailTransport {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    Configuration configuration;

    public void send(OutboxMessage message) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", configuration.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(configuration.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Session session = Session.getInstance(properties);

        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(configuration.mailFrom()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient()));
        if (message.replyTo() != null) {
            mime.setReplyTo(InternetAddress.parse(message.replyTo()));
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        // The outbox id lets a reader (and a test) tell repeated deliveries of one message apart from two messages.
        mime.setHeader("X-Clientbook-Outbox-Id", String.valueOf(message.id()));
        Transport.send(mime);
    }
}
