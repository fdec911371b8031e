package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.apiGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request log in the system-test server's {@code server.log}: one line per request with method, path template,
 * status, duration and vendor; never the API key, the query string or a password that came with the request.
 */
class RequestLogIT {

    private static final Path SERVER_LOG = Path.of("target/payara-it/payara6/glassfish/domains/clientbook-it/logs/server.log");
    private static final Pattern API_LINE = Pattern.compile("GET /api/v1/customers/\\{id} 404 [0-9]+\\.[0-9] ms vendor=[0-9]+");
    private static final Pattern LIST_LINE = Pattern.compile("GET /api/v1/customers 200 [0-9]+\\.[0-9] ms vendor=[0-9]+");
    private static final Pattern SIGN_IN_LINE = Pattern.compile("POST /login\\.xhtml [0-9]{3} [0-9]+\\.[0-9] ms vendor=-");

    @Test
    void oneLinePerRequestWithItsTemplateStatusDurationAndVendorAndNoSecret() throws Exception {
        String secretQuery = "secret-query-" + UUID.randomUUID();
        String password = "Secret-Password-" + UUID.randomUUID();
        long start = Files.size(SERVER_LOG);

        assertEquals(200, apiGet(CUSTOMERS + "?q=" + secretQuery, DemoData.ALPINE_API_KEY).statusCode());
        assertEquals(404, apiGet(CUSTOMERS + "/918273645", DemoData.ALPINE_API_KEY).statusCode());
        FormPage.open("/login.xhtml").post(Map.of("loginForm", "loginForm",
                "loginForm:email:input", "nobody-" + UUID.randomUUID() + "@log.example",
                "loginForm:password:input", password, "loginForm:signIn", ""));

        String log = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            log = readFrom(start);
            if (LIST_LINE.matcher(log).find() && API_LINE.matcher(log).find() && SIGN_IN_LINE.matcher(log).find()) {
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(LIST_LINE.matcher(log).find(), "the list request's line: " + log);
        assertTrue(API_LINE.matcher(log).find(), "the 404 under its template, not its id: " + log);
        assertTrue(SIGN_IN_LINE.matcher(log).find(), "the sign-in's line: " + log);
        assertFalse(log.contains(DemoData.ALPINE_API_KEY), "no API key in the log");
        assertFalse(log.contains(secretQuery), "no query string in the log");
        assertFalse(log.contains(password), "no password in the log");
        assertFalse(log.contains("918273645"), "no id from the path in the log");
    }

    private static String readFrom(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
            long length = file.length();
            if (length < offset) {
                offset = 0; // the log rotated
            }
            byte[] bytes = new byte[(int) (length - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
