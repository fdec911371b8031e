package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.clientbook.system.SystemTestServer.get;
import static com.clientbook.system.SystemTestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's crash: the system-test server is killed ({@code kill -9}) in the middle of a real import and started again
 * ({@code ./clientbook it-restart}, on the same database and deployment). What the dead server left must be complete
 * customers only, as many as the import counted; after the restart another worker takes the import over once the dead
 * worker's hold has lapsed and finishes it: every row of the file exactly once, each a complete customer (company,
 * person, relationship, history), and the same file again changes nothing.
 *
 * <p>The server is up again when this test ends, also when it fails, so the system tests after it find it as before.
 * It runs for about a minute and a half: the hold (60 s) must lapse before the import is resumed.
 */
class ImportCrashIT {

    /** Six batches of 5,000: several seconds of work, so the kill lands between the first batch and the last. */
    private static final int ROWS = 30_000;
    private static final String KEY = DemoData.BALTIC_API_KEY;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String emails = "crash-" + unique + "-%@import.example";

    @Test
    void anImportWhoseServerIsKilledFinishesAfterTheRestartWithEveryRowOnceAndComplete() throws Exception {
        HttpResponse<String> started = ImportsApiIT.upload(KEY, "crash.csv", customerFile(), "false");
        assertEquals(202, started.statusCode(), started.body());
        long id = json(started).get("id").asLong();

        try {
            awaitMidway(id);
            killServer();
            // what the dead server left: the import in the middle, and exactly the customers it counted, each complete
            State dead = state(id);
            assertEquals("RUNNING", dead.status(), "the import is running when its server dies");
            assertTrue(dead.processed() > 0 && dead.processed() < ROWS, "killed in the middle of the import: " + dead);
            assertEquals(dead.processed(), dead.created(), "every row done so far created its customer");
            assertEquals(dead.processed(), count("select count(*) from customer_import_row where import_id = ? and done", id));
            assertCompleteCustomers(dead.created());
            System.out.printf("ImportCrashIT: killed the server at %,d of %,d rows done%n", dead.processed(), ROWS);
        } finally {
            long restart = System.nanoTime();
            restartServer();
            System.out.printf("ImportCrashIT: server up again after %d s%n",
                    Duration.ofNanos(System.nanoTime() - restart).toSeconds());
        }

        JsonNode done = ImportsApiIT.finished(KEY, id, Duration.ofSeconds(180));
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(ROWS, done.get("totalRows").asInt(), done.toString());
        assertEquals(ROWS, done.get("processedRows").asInt(), done.toString());
        assertCounts(done, ROWS, 0);
        assertCompleteCustomers(ROWS);
        assertEquals(ROWS, count("select count(distinct company_id) from customer_import_row where import_id = ? and done", id),
                "every row names the customer it created");

        HttpResponse<String> again = ImportsApiIT.upload(KEY, "crash.csv", customerFile(), "false");
        assertEquals(202, again.statusCode(), again.body());
        JsonNode unchanged = ImportsApiIT.finished(KEY, json(again).get("id").asLong(), Duration.ofSeconds(120));
        assertEquals("DONE", unchanged.get("status").asText(), unchanged.toString());
        assertCounts(unchanged, 0, ROWS);
        assertCompleteCustomers(ROWS);
    }

    /** Rows with an address, a customer number and a contact person of their own, new on every run. */
    private byte[] customerFile() {
        StringBuilder file = new StringBuilder("company name;email;customer number;contact first name;contact last name;city\n");
        for (int i = 1; i <= ROWS; i++) {
            file.append("Crash ").append(unique).append(" Gasthof ").append(i).append(';')
                    .append(emails.replace("%", String.valueOf(i))).append(';')
                    .append("C-").append(unique).append('-').append(i).append(';')
                    .append("Eva").append(';').append("Wirt ").append(i).append(';').append("Linz\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Waits until the import has written at least one batch of customers and is still running. The database tells: the
     * API's progress does not say whether rows were only checked (the first pass) or done.
     */
    private static void awaitMidway(long id) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            State state = state(id);
            assertFalse(state.status().matches("DONE|FAILED"), "the import ended before the server could be killed: " + state);
            if (state.status().equals("RUNNING") && state.phase().equals("APPLY") && state.processed() > 0) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the import wrote nothing in a minute: " + state);
            Thread.sleep(50);
        }
    }

    /** kill -9 of the Payara Server process of the system-test domain (its pid file), and the server no longer answers. */
    private static void killServer() throws Exception {
        Path pidFile = Path.of(System.getProperty("clientbook.it.pidFile",
                "target/payara-it/payara6/glassfish/domains/clientbook-it/config/pid"));
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        String commandLine = server.info().commandLine().orElse("");
        String domain = System.getProperty("clientbook.it.domain", "clientbook-it");
        assertTrue(commandLine.contains("/domains/" + domain + "/"), "the pid file names the system-test domain's server: " + commandLine);
        assertTrue(server.destroyForcibly(), "SIGKILL sent to " + pid);
        server.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(server.isAlive());
        assertThrows(UncheckedIOException.class, () -> get("/health/ready"), "the killed server does not answer");
    }

    /** Starts the system-test server again as the build's script does, on the database as the dead server left it. */
    private static void restartServer() throws IOException, InterruptedException {
        SystemTestServer.script("it-restart", Duration.ofSeconds(300));
        assertEquals(200, get("/health/ready").statusCode(), "the server is up again");
    }

    private static void assertCounts(JsonNode state, int created, int unchanged) {
        JsonNode counts = state.get("counts");
        assertEquals(created, counts.get("created").asInt(), state.toString());
        assertEquals(unchanged, counts.get("unchanged").asInt(), state.toString());
        assertEquals(0, counts.get("linked").asInt() + counts.get("updated").asInt() + counts.get("errors").asInt(),
                state.toString());
    }

    /**
     * Exactly {@code expected} customers from the file, each e-mail address once, and each complete: one person, one
     * relationship with Baltic under its customer number, one CUSTOMER_CREATED history entry.
     */
    private void assertCompleteCustomers(int expected) throws SQLException {
        assertEquals(expected, count("select count(*) from company where email like ?", emails), "companies");
        assertEquals(expected, count("select count(distinct lower(email)) from company where email like ?", emails),
                "each e-mail address once");
        assertEquals(expected, count("select count(*) from app_user where email like ?", emails), "people");
        assertEquals(0, count("select count(*) from company c where c.email like ? "
                + "and (select count(*) from app_user u where u.company_id = c.id and u.email = c.email) <> 1", emails),
                "companies without their person, or with two");
        assertEquals(0, count("select count(*) from company c where c.email like ? and (select count(*) from "
                + "customer_relationship r join company v on v.id = r.vendor_id where r.customer_id = c.id "
                + "and v.name = '" + DemoData.BALTIC + "' and r.customer_number = 'C-" + unique + "-' "
                + "|| substring(c.email from '-([0-9]+)@')) <> 1", emails),
                "companies without their relationship and customer number, or with two");
        assertEquals(0, count("select count(*) from company c where c.email like ? and (select count(*) from audit_event e "
                + "where e.company_id = c.id and e.action = 'CUSTOMER_CREATED') <> 1", emails),
                "customers without their history, or with two");
        assertEquals(expected, count("select count(*) from customer_relationship r join company c on c.id = r.customer_id "
                + "where c.email like ?", emails), "relationships");
    }

    private static int count(String sql, Object parameter) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getInt(1);
            }
        }
    }

    /** Where the import stands as the database holds it. */
    private record State(String status, String phase, int processed, int created) {
    }

    private static State state(long id) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement select = connection.prepareStatement(
                     "select status, phase, processed_rows, created_count from customer_import where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return new State(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4));
            }
        }
    }
}
