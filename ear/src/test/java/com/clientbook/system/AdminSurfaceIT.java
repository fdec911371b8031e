package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What Payara Server shows of itself besides the application, as {@code ./clientbook it-start} sets it up the way
 * {@code ./clientbook start} does: an admin port that obeys only Payara's admin with the password, on the loopback
 * interface only; no remote-EJB, JMS or HTTPS listeners; no version banners; no anonymous {@code /metrics}.
 */
class AdminSurfaceIT {

    private static final String DEMO_KEY = DemoData.ALPINE_API_KEY;

    private static int adminPort() {
        return Integer.getInteger("clientbook.it.adminPort", 18048);
    }

    private static int portBase() {
        return adminPort() - 48;
    }

    private static HttpResponse<String> management(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + adminPort() + "/management/domain/version")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return SystemTestServer.send(request.header("Accept", "application/json").build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theAdminPortRefusesManagementRequestsWithoutTheAdminPassword() throws IOException {
        assertEquals(401, management(null).statusCode(), "anonymous");
        assertEquals(401, management(basic("admin", "")).statusCode(), "admin without a password");
        assertEquals(401, management(basic("admin", "admin")).statusCode(), "admin with a guessed password");

        // ... while the admin with the password the script generated gets in: the port is Payara's REST interface
        Path passwordFile = Path.of(System.getProperty("clientbook.it.payaraPasswordFile",
                "target/payara-it/payara-admin-password"));
        String password = Files.readAllLines(passwordFile).stream()
                .filter(line -> line.startsWith("AS_ADMIN_PASSWORD="))
                .map(line -> line.substring("AS_ADMIN_PASSWORD=".length()))
                .findFirst().orElseThrow();
        assertEquals(200, management(basic("admin", password)).statusCode(), "admin with the password");
    }

    @Test
    void theAdminPortAndJmxListenOnTheLoopbackInterfaceOnly() throws IOException {
        List<String> admin = listeningAddresses(adminPort());
        List<String> jmx = listeningAddresses(portBase() + 86);

        assertFalse(admin.isEmpty(), "nothing listens on the admin port " + adminPort());
        assertTrue(admin.stream().allMatch(AdminSurfaceIT::isLoopback), "admin port bound to " + admin);
        assertTrue(jmx.stream().allMatch(AdminSurfaceIT::isLoopback), "JMX bound to " + jmx);
    }

    @Test
    void remoteEjbJmsAndHttpsListenersAreClosed() {
        // portbase + 37/38/39: IIOP (plain, TLS, TLS with client certificates); + 76: JMS; + 81: HTTPS
        for (int offset : new int[] {37, 38, 39, 76, 81}) {
            int port = portBase() + offset;
            assertFalse(accepts(port), "port " + port + " accepts connections");
        }
    }

    @Test
    void noVersionBannersOnPagesApiAnswersOrErrors() {
        List<HttpResponse<String>> answers = List.of(
                SystemTestServer.get("/"),
                SystemTestServer.get("/login.xhtml"),
                SystemTestServer.apiGet(SystemTestServer.CUSTOMERS, DEMO_KEY),
                SystemTestServer.apiGet("/api/v1/no-such-resource", DEMO_KEY),
                SystemTestServer.get("/no-such-page"),
                SystemTestServer.get("/health/ready"));

        for (HttpResponse<String> answer : answers) {
            String where = answer.request().uri().getPath() + " (" + answer.statusCode() + ")";
            assertTrue(answer.headers().firstValue("Server").isEmpty(),
                    where + " has Server: " + answer.headers().firstValue("Server").orElse(""));
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(),
                    where + " has X-Powered-By: " + answer.headers().firstValue("X-Powered-By").orElse(""));
        }
    }

    @Test
    void payarasMetricsAreNotReadableAnonymously() {
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor", "/metrics/application")) {
            HttpResponse<String> text = SystemTestServer.get(path, "Accept", "text/plain");
            HttpResponse<String> json = SystemTestServer.get(path, "Accept", "application/json");

            // Whatever answers there (the application's own pages at /), it is not Payara's metrics
            assertFalse(text.body().contains("# TYPE") || text.body().contains("# HELP"), path + ": " + text.body());
            assertFalse(json.statusCode() == 200
                            && json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    path + " answers JSON metrics: " + json.body());
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * The local addresses of the sockets listening on {@code port}, from the kernel's tables (Linux): which interface
     * a port is bound to shows there without sending anything to another address.
     */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            assumeTrue(Files.isReadable(file), table + " is where Linux lists listening sockets");
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                boolean listening = "0A".equals(fields[3]);
                if (listening && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(local[0].toUpperCase(Locale.ROOT));
                }
            }
        }
        return addresses;
    }

    /** 127.0.0.1 in /proc/net/tcp (little-endian hex), or ::1 and ::ffff:127.0.0.1 in /proc/net/tcp6. */
    private static boolean isLoopback(String hexAddress) {
        return hexAddress.equals("0100007F")
                || hexAddress.equals("00000000000000000000000001000000")
                || hexAddress.equals("0000000000000000FFFF00000100007F");
    }
}
