package com.clientbook.services.outbox;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.services.shared.Configuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

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
        if (message.hasAttachment()) {
            // multipart/mixed: the text first, then the file (an order's CSV), as mail programs expect
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(message.attachmentContent(),
                    message.attachmentType())));
            file.setFileName(message.attachmentName());
            file.setDisposition(Part.ATTACHMENT);
            mime.setContent(new MimeMultipart("mixed", text, file));
        } else {
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
        }
        mime.setSentDate(new Date());
        // The outbox id lets a reader (and a test) tell repeated deliveries of one message apart from two messages.
        mime.setHeader("X-Clientbook-Outbox-Id", String.valueOf(message.id()));
        Transport.send(mime);
    }
}
