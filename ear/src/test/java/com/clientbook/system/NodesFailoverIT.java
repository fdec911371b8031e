package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's failover, against the deployment group of profile {@code nodes} (two instances behind HAProxy): a person
 * signed in through the balancer whose instance is killed (SIGKILL) is still signed in on the next page request, on
 * the same page, and the form the dead instance rendered still works (its view state lives in the session, which the
 * data grid kept); an API client reading all along loses at most one request (HAProxy sends a GET whose instance died
 * to the other).
 */
class NodesFailoverIT {

    private static final String PAGE = "/account/password.xhtml";

    @Test
    void aPersonWhoseInstanceDiesStaysSignedInOnTheSamePageAndAnApiClientLosesAtMostOneRequest() throws Exception {
        Nodes.ensureRunning(1);
        Nodes.ensureRunning(2);
        FormPage login = FormPage.open("/login.xhtml");
        HttpResponse<String> signedIn = login.post(Map.of("loginForm", "loginForm", "loginForm:email:input", DemoData.ALPINE_ADMIN,
                "loginForm:password:input", DemoData.PASSWORD, "loginForm:signIn", ""));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        FormPage page = login.next(PAGE);
        String name = signedInName(page);
        int serving = Nodes.instanceOf(page.sessionCookie());

        ApiReader reader = new ApiReader();
        Thread readerThread = new Thread(reader, "api-reader");
        readerThread.start();
        try {
            Thread.sleep(1_500);
            long killed = System.nanoTime();
            Nodes.kill(serving);

            // the same page again, through the balancer: the other instance, the same person
            FormPage again = page.next(PAGE);
            long failover = Duration.ofNanos(System.nanoTime() - killed).toMillis();
            assertEquals(name, signedInName(again), "still signed in as the same person");

            // the form the dead instance rendered: its view state restores on the other (empty fields: "required")
            HttpResponse<String> posted = page.post(Map.of("changePasswordForm", "changePasswordForm", "changePasswordForm:save", ""));
            assertEquals(200, posted.statusCode(), "the dead instance's form still posts (no expired view): " + posted.headers().map());
            assertTrue(posted.body().contains("changePasswordForm") && !posted.body().contains("loginForm"), posted.body());
            assertTrue(posted.body().contains("ui-state-error") || posted.body().contains("ui-message-error"),
                    "the form's own answer (required fields): " + posted.body());

            Thread.sleep(1_500);
            System.out.printf("NodesFailoverIT: instance %d killed; the session's next page after %d ms%n", serving, failover);
        } finally {
            reader.stop.set(true);
            readerThread.join();
        }
        System.out.printf("NodesFailoverIT: API reads during the failover: %d, failed: %s%n", reader.reads, reader.failures);
        assertTrue(reader.reads > 20, "the API client read all along: " + reader.reads);
        assertTrue(reader.failures.size() <= 1, "at most one failed API request: " + reader.failures);
        assertFalse(Nodes.process(serving).isPresent(), "the killed instance stayed down during the test");
    }

    private static String signedInName(FormPage page) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("id=\"(?:menuForm:)?userName\"[^>]*>([^<]+)<").matcher(page.html());
        assertTrue(name.find(), "signed in (the page names the person): " + page.html());
        return name.group(1);
    }

    /** An ERP reading customers without pause over connections of its own, counting what failed. */
    private static final class ApiReader implements Runnable {

        final AtomicBoolean stop = new AtomicBoolean();
        final List<String> failures = new ArrayList<>();
        volatile int reads;

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        @Override
        public void run() {
            while (!stop.get()) {
                HttpRequest request = SystemTestServer.apiRequest(SystemTestServer.CUSTOMERS + "?size=5", DemoData.ALPINE_API_KEY)
                        .timeout(Duration.ofSeconds(15)).GET().build();
                try {
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        failures.add(answer.statusCode() + " " + answer.body());
                    }
                } catch (java.io.IOException e) {
                    failures.add(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reads++;
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
