package com.clientbook.web.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Where a page's unexpected failure lands (web.xml's error page for any exception): the container forwards here with
 * the exception as a request attribute, and PrimeFaces' exception handler, for failures inside Faces, redirects here
 * with it in the session ({@link ExceptionInfo}).
 * <p>
 * A database that cannot be reached right now ({@link DatabaseUnavailable}) gets a short "back in a moment" page, 503
 * with {@code Retry-After}, that reloads itself and needs nothing from the database: no layout, no menus, no signed-in
 * person. Anything else goes on to the usual error page.
 */
@WebServlet(name = "ServerErrorPage", urlPatterns = ServerErrorPage.PATH)
public class ServerErrorPage extends HttpServlet {

    public static final String PATH = "/server-error";

    private static final Logger LOG = Logger.getLogger(ServerErrorPage.class.getName());
    private static final String BUNDLE = "com.clientbook.web.shared.messages";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean forwarded = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable;
        Throwable failure = failure(request);
        if (failure != null && DatabaseUnavailable.among(failure)) {
            LOG.warning("Page " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " answered 503: the database cannot be reached (" + failure + ")");
            // Forwarded, the address is still the failed page's, which the page reloads; redirected here, the
            // failed page is not known, and the page goes to the start, which leads the person home.
            unavailable(request, response, forwarded ? null : request.getContextPath() + "/");
        } else {
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
        }
    }

    private static Throwable failure(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            return thrown;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ExceptionInfo.ATTRIBUTE_NAME) instanceof ExceptionInfo info) {
            session.removeAttribute(ExceptionInfo.ATTRIBUTE_NAME);
            return info.getException();
        }
        return null;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, String reloadAt)
            throws IOException {
        Locale language = Collections.list(request.getLocales()).stream()
                .filter(locale -> locale.getLanguage().equals("de") || locale.getLanguage().equals("en"))
                .findFirst().map(locale -> Locale.forLanguageTag(locale.getLanguage())).orElse(Locale.ENGLISH);
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"refresh\" content=\"" + DatabaseUnavailable.RETRY_AFTER_SECONDS
                + (reloadAt == null ? "" : ";url=" + escape(reloadAt)) + "\">"
                + "<title>" + escape(words.getString("errors.unavailable.title")) + " – Clientbook</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#212121;"
                + "background:#f5f7fa}main{max-width:32rem;margin:0 auto;background:#fff;border-radius:6px;"
                + "padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}h1{font-size:1.4rem;margin-top:0}</style>"
                + "</head><body><main id=\"unavailable\"><h1>" + escape(words.getString("errors.unavailable.title"))
                + "</h1><p>" + escape(words.getString("errors.unavailable.text")) + "</p></main></body></html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
