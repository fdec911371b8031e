package com.clientbook.web.security;

import com.clientbook.services.user.AccountService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends a page session whose person was deactivated, or given another role, since they signed in: the next page they
 * ask for (or the next Ajax call of the page they are on) takes them to the sign-in page. Without it, a session
 * would keep the account and role it began with until it timed out. One look-up of the account by its id per page
 * request; the pages' own resources (stylesheets, scripts) are not checked.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionCheck extends HttpFilter {

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith(RESOURCES) && !staysSignedIn()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            String login = request.getContextPath() + "/login.xhtml";
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an Ajax call of a Faces page follows a redirect only when it is told so in a partial response
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + login + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean staysSignedIn() {
        Optional<ClientbookPrincipal> principal = security.getPrincipalsByType(ClientbookPrincipal.class).stream()
                .findFirst();
        return principal.isEmpty() || accounts.staysSignedIn(principal.get().signedInUser());
    }
}
