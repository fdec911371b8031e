package com.clientbook.system;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page with a Faces form, fetched and posted over plain HTTP as a script would (no browser): keeps the session
 * cookie across requests and sends the form's view state and PrimeFaces' CSP nonce back. For tests that time answers or send bytes a browser
 * would not.
 */
final class FormPage {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final String path;
    private final String viewState;
    private final String nonce;
    private final String[] session;
    private final String html;

    private FormPage(String path, String viewState, String nonce, String[] session, String html) {
        this.path = path;
        this.viewState = viewState;
        this.nonce = nonce;
        this.session = session;
        this.html = html;
    }

    /** The page as it came. */
    String html() {
        return html;
    }

    /** The session cookie's value as the server (or the balancer in front) set it, or null before a session. */
    String sessionCookie() {
        return session[0];
    }

    /** Opens a page in a new session. */
    static FormPage open(String path) {
        return load(path, new String[1]);
    }

    /** Opens another page in this page's session. */
    FormPage next(String path) {
        return load(path, session);
    }

    private static FormPage load(String path, String[] session) {
        HttpRequest.Builder request = SystemTestServer.request(path).GET();
        if (session[0] != null) {
            request.header("Cookie", "JSESSIONID=" + session[0]);
        }
        HttpResponse<String> page = SystemTestServer.send(request.build());
        remember(page, session);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError(path + " has no form: " + page.body());
        }
        // PrimeFaces' CSP nonce of the view: its script sends it with every post, and a post without it is refused
        Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        return new FormPage(path, state.group(1), nonce.find() ? nonce.group(1) : "", session, page.body());
    }

    /** Posts the form with these fields (and the view state), with optional header pairs. */
    HttpResponse<String> post(Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + "&" + encode("jakarta.faces.ViewState") + "=" + encode(viewState)
                + "&" + encode("primefaces.nonce") + "=" + encode(nonce);
        HttpRequest.Builder request = SystemTestServer.request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (session[0] != null) {
            request.header("Cookie", "JSESSIONID=" + session[0]);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> answer = SystemTestServer.send(request.build());
        remember(answer, session);
        return answer;
    }

    private static void remember(HttpResponse<String> response, String[] session) {
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher id = SESSION.matcher(cookie);
            if (id.find()) {
                session[0] = id.group(1);
            }
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
