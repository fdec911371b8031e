package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.PROBLEM_JSON;
import static com.clientbook.system.SystemTestServer.apiGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While PostgreSQL refuses the application's database, the API answers 503 with {@code Retry-After} (a list request
 * answered 500 with an incident before), a page says "back in a moment", readiness is down so a balancer stops
 * sending requests; once the database answers again, all of it recovers by itself, the signed-in person included,
 * and so does the sending of e-mails (Payara had dropped the outbox's timer after two failed ticks).
 * <p>
 * The outage is made with {@code ALTER DATABASE … ALLOW_CONNECTIONS false} and the application's connections ended,
 * which affects only the system-test database, and is always undone.
 */
class DatabaseOutageIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    @Test
    void whileTheDatabaseRefusesTheApiAnswers503AndPagesSayBackInAMomentAndBothRecoverAfterwards() throws Exception {
        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        try {
            closeDatabase();

            HttpResponse<String> list = apiGet(CUSTOMERS, DemoData.ALPINE_API_KEY);
            assertEquals(503, list.statusCode(), list.body());
            assertEquals(PROBLEM_JSON, list.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(String.valueOf(10), list.headers().firstValue("Retry-After").orElse(""));
            assertTrue(list.body().contains("database cannot be reached"), list.body());
            assertTrue(!list.body().contains("incident"), "no incident: nothing of ours failed");
            assertEquals(503, SystemTestServer.get("/health/ready").statusCode(), "readiness is down");
            assertEquals(200, SystemTestServer.get("/health/live").statusCode(), "liveness stays up");

            browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
            String page = session.text(By.id("unavailable"));
            assertTrue(page.contains("Back in a moment"), page);
            Screenshots.take(session, "database-unavailable");
            String cookies = browser.manage().getCookies().stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            HttpResponse<String> signedInPage = SystemTestServer.get("/vendor/customers.xhtml", "Cookie", cookies);
            assertEquals(503, signedInPage.statusCode(), "the page's own status, for a balancer or a monitor");
            assertEquals("10", signedInPage.headers().firstValue("Retry-After").orElse(""));
        } finally {
            openDatabase();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> again = apiGet(CUSTOMERS, DemoData.ALPINE_API_KEY);
        while (again.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            again = apiGet(CUSTOMERS, DemoData.ALPINE_API_KEY);
        }
        assertEquals(200, again.statusCode(), "the API recovers by itself: " + again.body());
        assertEquals(200, SystemTestServer.get("/health/ready").statusCode(), "readiness is up again");

        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customersForm:customers")));
        assertTrue(browser.getCurrentUrl().contains("/vendor/customers.xhtml"), "still signed in: "
                + browser.getCurrentUrl());

        Thread.sleep(5000); // several ticks of the outbox's two-second timer after the outage
        String email = "after-outage-" + UUID.randomUUID().toString().substring(0, 8) + "@outage.example";
        HttpResponse<String> invited = SystemTestServer.sendJson("POST", "/api/v1/invitations",
                DemoData.ALPINE_API_KEY, SystemTestServer.JSON.createObjectNode().put("email", email)
                        .put("firstName", "Otto").put("lastName", "Outage"));
        assertEquals(201, invited.statusCode(), invited.body());
        Instant mailDeadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Mails.countTo(SMTP, email) == 0 && Instant.now().isBefore(mailDeadline)) {
            Thread.sleep(500);
        }
        assertEquals(1, Mails.countTo(SMTP, email), "e-mails are sent again after the outage");
    }

    private static void closeDatabase() throws SQLException {
        maintenance("alter database " + database() + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database()
                        + "' and pid <> pg_backend_pid()");
    }

    private static void openDatabase() throws SQLException {
        maintenance("alter database " + database() + " allow_connections true");
    }

    private static String database() {
        return System.getProperty("clientbook.it.database", "clientbook_it_system");
    }

    private static void maintenance(String... statements) throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("test.db.host", "127.0.0.1") + ":"
                + System.getProperty("test.db.port", "5432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
