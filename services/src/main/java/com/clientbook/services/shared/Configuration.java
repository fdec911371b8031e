package com.clientbook.services.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings an administrator may change, from MicroProfile Config: environment variables
 * ({@code CLIENTBOOK_BASE_URL}), system properties ({@code clientbook.base-url}) or
 * {@code microprofile-config.properties}.
 */
@ApplicationScoped
public class Configuration {

    @Inject
    @ConfigProperty(name = "clientbook.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "clientbook.mail.from", defaultValue = "Clientbook <no-reply@clientbook.local>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "clientbook.smtp.host", defaultValue = "localhost")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "clientbook.smtp.port", defaultValue = "25")
    int smtpPort;

    /** The address people reach the pages at, for links in e-mails; without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }
}
