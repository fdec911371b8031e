package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static com.clientbook.system.SystemTestServer.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application deployed a second time into a running server ({@code ./clientbook it-redeploy}): the system-test
 * server restarts with its application, which it loads at boot, and the EAR is deployed over it
 * ({@code deploy --force}), as {@code ./clientbook start} after a code change, a redeployment on a production server
 * and every step of a rolling upgrade do (docs/operations.md#redeploying). A deployment that overlapped the boot-time
 * load (the script took "Loading application clientbook done" for its end, but the web module starts after that line)
 * failed, and left the server JVM unable to start the web module of any later deployment: its servlet listener got no
 * CDI injection ({@code TransportSecurity} null). Afterwards a person signs in and reads a page, and an API client
 * reads customers, as before.
 *
 * <p>The server is ready again when this test ends (the script waits for readiness), so the system tests after it find
 * it as before; sessions from before are gone. About a minute (a restart and a deployment).
 */
class RedeployIT {

    @Test
    void theApplicationDeployedAgainIntoTheRunningServerServesPagesAndTheApi() throws Exception {
        long start = System.nanoTime();
        redeploy();
        System.out.printf("RedeployIT: redeployed and ready after %d s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds());

        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());

        FormPage login = FormPage.open("/login.xhtml");
        HttpResponse<String> signedIn = login.post(Map.of("loginForm", "loginForm",
                "loginForm:email:input", DemoData.ALPINE_ADMIN, "loginForm:password:input", DemoData.PASSWORD,
                "loginForm:signIn", ""));
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
        FormPage page = login.next("/account/password.xhtml");
        assertTrue(page.html().contains("changePasswordForm") && page.html().contains("menuForm:signOut"),
                "a signed-in page after the redeployment: " + page.html());

        HttpResponse<String> customers = SystemTestServer.apiGet(SystemTestServer.CUSTOMERS + "?size=5", DemoData.ALPINE_API_KEY);
        assertEquals(200, customers.statusCode(), customers.body());
        assertTrue(SystemTestServer.json(customers).path("items").size() > 0, customers.body());
    }

    /** {@code ./clientbook it-redeploy}: restarted with the application, the EAR deployed over it, until it is ready. */
    private static void redeploy() throws IOException, InterruptedException {
        SystemTestServer.script("it-redeploy", Duration.ofSeconds(600));
    }
}
