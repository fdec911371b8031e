package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The deployed EAR the system tests talk to: the server {@code ./clientbook it-start} runs for
 * {@code mvn verify} (demo data loaded, a database of its own), with its address, an HTTP client and a
 * headless browser.
 *
 * <p>Set by the build (ear/pom.xml) as system properties: {@code clientbook.baseUrl},
 * {@code clientbook.smtpPort} (where the server sends mail: start GreenMail there),
 * {@code clientbook.adminEmail} and {@code clientbook.adminPassword} (the first platform admin).
 * The defaults match the build's, so a test also runs from an IDE against {@code ./clientbook it-start}.
 */
public final class SystemTestServer {

    /** The JSON mapper for request and response bodies. */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** The customers API, where an ERP adds, lists and reads its customers. */
    public static final String CUSTOMERS = "/api/v1/customers";

    /** The media type of an RFC 9457 problem document. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private SystemTestServer() {
    }

    /** Where the application answers, without a trailing slash, e.g. {@code http://localhost:18080}. */
    public static String baseUrl() {
        String url = System.getProperty("clientbook.baseUrl", "http://localhost:18080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute address of a path on the server; {@code path} starts with a slash. */
    public static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** The port the server sends mail to (CLIENTBOOK_SMTP_PORT); a test's SMTP server listens here. */
    public static int smtpPort() {
        return Integer.getInteger("clientbook.smtpPort", 18025);
    }

    public static String adminEmail() {
        return System.getProperty("clientbook.adminEmail", "admin@clientbook.example");
    }

    public static String adminPassword() {
        return System.getProperty("clientbook.adminPassword", "System-Test-Admin-1");
    }

    /** A connection to the system-test server's database, for the few facts no API tells. */
    public static Connection database() throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("test.db.host", "127.0.0.1") + ":"
                     + System.getProperty("test.db.port", "5432") + "/" + System.getProperty("clientbook.it.database", "clientbook_it_system");
        return DriverManager.getConnection(url, System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""));
    }

    /** A shared client that does not follow redirects, so tests see them. */
    public static HttpClient http() {
        return HTTP;
    }

    /**
     * Runs {@code ./clientbook COMMAND} (an it-* command on this server, e.g. {@code it-restart}) against the system
     * tests' database and fails unless it ends well within the time given.
     */
    public static void script(String command, Duration within) throws IOException, InterruptedException {
        java.nio.file.Path log = java.nio.file.Files.createTempFile("clientbook-" + command, ".log");
        ProcessBuilder script = new ProcessBuilder(System.getProperty("clientbook.script", "../clientbook"), command)
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        script.environment().put("CLIENTBOOK_IT_DB_HOST", System.getProperty("test.db.host", "127.0.0.1"));
        script.environment().put("CLIENTBOOK_IT_DB_PORT", System.getProperty("test.db.port", "5432"));
        script.environment().put("CLIENTBOOK_IT_DB_USER", System.getProperty("test.db.user", "postgres"));
        script.environment().put("CLIENTBOOK_IT_DB_PASSWORD", System.getProperty("test.db.password", ""));
        Process process = script.start();
        boolean ended = process.waitFor(within.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) {
            process.destroy();
        }
        String output = java.nio.file.Files.readString(log);
        java.nio.file.Files.delete(log);
        if (!ended || process.exitValue() != 0) {
            throw new AssertionError("./clientbook " + command + " failed:\n" + output);
        }
    }

    /** A request builder for a path on the server, with a timeout. */
    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    /** Sends a request and reads the body as text. */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    /** A GET of a path, with optional header name/value pairs. */
    public static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request to an API path under a vendor's API key, asking for JSON as an ERP does. */
    public static HttpRequest.Builder apiRequest(String path, String apiKey) {
        return request(path).header("Authorization", "Bearer " + apiKey).header("Accept", "application/json");
    }

    /** A GET of an API path under a vendor's API key. */
    public static HttpResponse<String> apiGet(String path, String apiKey) {
        return send(apiRequest(path, apiKey).GET().build());
    }

    /** A GET of an API path under a vendor's API key that must answer 200 OK; the JSON it answered. */
    public static JsonNode apiGetOk(String path, String apiKey) {
        HttpResponse<String> response = apiGet(path, apiKey);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json(response);
    }

    /** An API call with a JSON body (POST, PUT, PATCH …) under a vendor's API key, with optional header pairs. */
    public static HttpResponse<String> sendJson(String method, String path, String apiKey, JsonNode body, String... headers) {
        return sendText(method, path, apiKey, "application/json", body.toString(), headers);
    }

    /**
     * An API call under a vendor's API key with a body exactly as written, of the given media type: for a merge
     * patch, or for JSON broken on purpose. With optional header pairs.
     */
    public static HttpResponse<String> sendText(String method, String path, String apiKey, String contentType, String body,
                                                String... headers) {
        HttpRequest.Builder request = apiRequest(path, apiKey)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Adds a customer through the API as the vendor of this API key, as an ERP would, and returns the customer as
     * the API answered it. Any answer but 201 Created fails the test.
     */
    public static JsonNode addCustomer(String apiKey, JsonNode customer) {
        HttpResponse<String> response = sendJson("POST", CUSTOMERS, apiKey, customer);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    /**
     * Asserts an RFC 9457 problem document: the status, its media type, the same status in the body and a title;
     * returns the document.
     */
    public static JsonNode problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertEquals(PROBLEM_JSON, contentType.split(";")[0], contentType + ": " + response.body());
        JsonNode problem = json(response);
        assertEquals(status, problem.get("status").asInt(), response.body());
        assertFalse(problem.path("title").asText().isBlank(), response.body());
        return problem;
    }

    /** The fields a problem's {@code errors[]} name, sorted. */
    public static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields.stream().sorted().toList();
    }

    /** The ids of the items on a page of a list, in the order of the page. */
    public static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** A value as a URL's query parameter (as a form writes it: a blank becomes "+"). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Parses a response body as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /**
     * A headless Chromium driven by the system's chromedriver (Debian's {@code chromium} and
     * {@code chromium-driver}; {@code .ci/run} installs them). Selenium Manager is never asked: the binaries
     * are given, and the closed network would refuse its downloads. The browser asks for pages in the given
     * language and keeps its profile in the given (fresh) folder. Quit it when done.
     * Override the paths with {@code -Dclientbook.chromeBinary} and {@code -Dclientbook.chromeDriver}.
     */
    public static WebDriver startChrome(String language, java.nio.file.Path profile) {
        File driver = new File(System.getProperty("clientbook.chromeDriver", "/usr/bin/chromedriver"));
        File browser = new File(System.getProperty("clientbook.chromeBinary", "/usr/bin/chromium"));
        if (!driver.canExecute() || !browser.canExecute()) {
            throw new IllegalStateException("Browser tests need " + browser + " and " + driver
                    + " (apt-get install -y chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=1400,1000",
                "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }
}
