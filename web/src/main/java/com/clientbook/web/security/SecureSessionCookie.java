package com.clientbook.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when Clientbook is served over HTTPS ({@link TransportSecurity#always}),
 * so that a browser never sends it over plain HTTP. Over TLS straight to Payara the server marks it by itself.
 * A plain-HTTP intranet ({@code CLIENTBOOK_HTTPS=never}, or an {@code http:} base URL) keeps a cookie it can send.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    TransportSecurity transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (transport.always()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
