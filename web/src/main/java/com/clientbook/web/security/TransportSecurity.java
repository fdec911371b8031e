package com.clientbook.web.security;

import com.clientbook.services.shared.Configuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Whether people reach Clientbook over HTTPS, which decides HSTS and {@code Secure} cookies. From MicroProfile
 * Config:
 * <ul>
 *   <li>{@code CLIENTBOOK_HTTPS} ({@code clientbook.https}): {@code auto} (default) — HTTPS when the base URL
 *       ({@code CLIENTBOOK_BASE_URL}) starts with {@code https:}, or the request itself came over TLS, or (only when
 *       trusted, below) a proxy says so; {@code always}; {@code never} (a plain-HTTP intranet);</li>
 *   <li>{@code CLIENTBOOK_HTTPS_TRUST_FORWARDED_PROTO}: {@code true} when a TLS-terminating proxy in front sets
 *       {@code X-Forwarded-Proto} (default {@code false}: without a proxy, anybody could send that header);</li>
 *   <li>{@code CLIENTBOOK_HTTPS_HSTS_MAX_AGE}: seconds browsers keep to HTTPS (default one year).</li>
 * </ul>
 */
@ApplicationScoped
public class TransportSecurity {

    @Inject
    @ConfigProperty(name = "clientbook.https", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "clientbook.https.trust-forwarded-proto", defaultValue = "false")
    boolean trustForwardedProto;

    @Inject
    @ConfigProperty(name = "clientbook.https.hsts-max-age", defaultValue = "31536000")
    long hstsMaxAge;

    @Inject
    Configuration configuration;

    /** Whether every answer goes out over HTTPS, whatever the request says: cookies are then always {@code Secure}. */
    public boolean always() {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "always", "true" -> true;
            case "never", "false" -> false;
            default -> configuration.baseUrl().strip().toLowerCase(Locale.ROOT).startsWith("https:");
        };
    }

    /** Whether this request reached the application over HTTPS, as far as the settings let it tell. */
    public boolean secure(HttpServletRequest request) {
        String setting = mode.strip().toLowerCase(Locale.ROOT);
        if (setting.equals("never") || setting.equals("false")) {
            return false;
        }
        return always() || request.isSecure()
               || trustForwardedProto && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    public String hstsHeader() {
        return "max-age=" + Math.max(0, hstsMaxAge) + "; includeSubDomains";
    }
}
