package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.get;
import static com.clientbook.system.SystemTestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schedule imports through {@code /api/v1/imports} with {@code kind=schedules} against the EAR (issue 14): Alpine's dry
 * run reports each row, the import gives the location its own schedule and puts it on the route, the same file again
 * changes nothing; Baltic reads Alpine's schedule import as 404, and an unknown kind is a 400 naming the field.
 */
class ScheduleImportsApiIT {

    private static final String IMPORTS = "/api/v1/imports";

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aScheduleFileIsCheckedImportedAndAgainChangesNothing() throws Exception {
        long customer = customerWithLocation(unique);
        ObjectNode route = JSON.createObjectNode().put("name", "Import route " + unique).put("code", "IR-" + unique);
        route.putArray("deliveryWeekdays").add("TUESDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        HttpResponse<String> created = SystemTestServer.sendJson("POST", "/api/v1/routes", DemoData.ALPINE_API_KEY, route);
        assertEquals(201, created.statusCode(), created.body());
        String file = "Kundennummer;Standort-ID;Liefertag;Aktiv;Bestellschluss Tag;Bestellschluss Uhrzeit;Startdatum;"
                + "Intervall Wochen;Tour\n"
                + "SI-" + unique + ";KITCHEN-" + unique + ";Di, Do;ja;1;14:00;05.01.2027;2;IR-" + unique + "\n"
                + "SI-" + unique + ";KITCHEN-" + unique + ";Funday;ja;1;14:00;05.01.2027;2;\n"
                + "NOBODY-" + unique + ";;Mo;ja;1;14:00;;;\n";

        HttpResponse<String> dryRun = ImportsApiIT.upload(DemoData.ALPINE_API_KEY, "schedules.csv",
                file.getBytes(StandardCharsets.UTF_8), "true", "schedules");
        assertEquals(202, dryRun.statusCode(), dryRun.body());
        assertEquals("SCHEDULES", json(dryRun).get("kind").asText());
        JsonNode checked = ImportsApiIT.finished(DemoData.ALPINE_API_KEY, json(dryRun).get("id").asLong(), Duration.ofSeconds(60));
        assertEquals(3, checked.get("counts").get("errors").asInt(), "a bad row spoils its location's other row: " + checked);
        String report = SystemTestServer.send(SystemTestServer.request(IMPORTS + "/" + checked.get("id").asLong() + "/report")
                .header("Authorization", "Bearer " + DemoData.ALPINE_API_KEY).GET().build()).body();
        assertTrue(report.contains("\"\"funday\"\" is not a weekday"), report);
        assertTrue(report.contains("Row 3 for the same delivery location has an error"), report);
        assertTrue(report.contains("you have no customer with the number NOBODY-" + unique), report);

        String good = file.substring(0, file.indexOf('\n', file.indexOf('\n') + 1) + 1);
        JsonNode imported = ImportsApiIT.finished(DemoData.ALPINE_API_KEY, json(ImportsApiIT.upload(DemoData.ALPINE_API_KEY,
                "schedules.csv", good.getBytes(StandardCharsets.UTF_8), "false", "schedules")).get("id").asLong(),
                Duration.ofSeconds(60));
        assertEquals("DONE", imported.get("status").asText(), imported.toString());
        assertEquals(1, imported.get("counts").get("created").asInt(), imported.toString());
        long location = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations",
                DemoData.ALPINE_API_KEY).get(0).get("id").asLong();
        JsonNode schedule = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations/"
                + location + "/schedule", DemoData.ALPINE_API_KEY);
        assertEquals("OWN", schedule.get("source").asText(), schedule.toString());
        assertEquals(List.of("TUESDAY", "THURSDAY"), texts(schedule.get("schedule").get("weekdays")));
        assertEquals(2, schedule.get("schedule").get("everyWeeks").asInt());
        assertEquals("IR-" + unique, schedule.get("routes").get(0).get("code").asText(), "a stop on the route now");

        JsonNode again = ImportsApiIT.finished(DemoData.ALPINE_API_KEY, json(ImportsApiIT.upload(DemoData.ALPINE_API_KEY,
                "schedules.csv", good.getBytes(StandardCharsets.UTF_8), "false", "schedules")).get("id").asLong(),
                Duration.ofSeconds(60));
        assertEquals(0, again.get("counts").get("created").asInt(), again.toString());
        assertEquals(0, again.get("counts").get("updated").asInt(), again.toString());
        assertEquals(1, again.get("counts").get("unchanged").asInt(), again.toString());
    }

    @Test
    void anotherVendorsScheduleImportIsNotFoundAndItsFileReachesNothingOfTheirs() throws Exception {
        customerWithLocation(unique);
        String file = "customer number;delivery day;deadline day;deadline time\nSI-" + unique + ";Monday;1;12:00\n";
        long id = json(ImportsApiIT.upload(DemoData.ALPINE_API_KEY, "tenant.csv", file.getBytes(StandardCharsets.UTF_8),
                "true", "schedules")).get("id").asLong();
        ImportsApiIT.finished(DemoData.ALPINE_API_KEY, id, Duration.ofSeconds(60));

        assertEquals(404, get(IMPORTS + "/" + id, "Authorization", "Bearer " + DemoData.BALTIC_API_KEY).statusCode());
        assertEquals(404, get(IMPORTS + "/" + id + "/report", "Authorization", "Bearer " + DemoData.BALTIC_API_KEY).statusCode());
        // Baltic's file with Alpine's customer number finds no customer of Baltic's
        JsonNode theirs = ImportsApiIT.finished(DemoData.BALTIC_API_KEY, json(ImportsApiIT.upload(DemoData.BALTIC_API_KEY,
                "tenant.csv", file.getBytes(StandardCharsets.UTF_8), "false", "schedules")).get("id").asLong(),
                Duration.ofSeconds(60));
        assertEquals(1, theirs.get("counts").get("errors").asInt(), theirs.toString());
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        HttpResponse<String> refused = ImportsApiIT.upload(DemoData.ALPINE_API_KEY, "x.csv",
                "customer number;route code\nA;B\n".getBytes(StandardCharsets.UTF_8), "true", "orders");
        JsonNode problem = SystemTestServer.problem(refused, 400);
        assertEquals(List.of("kind"), SystemTestServer.errorFields(problem));
        HttpResponse<String> noHeader = ImportsApiIT.upload(DemoData.ALPINE_API_KEY, "x.csv",
                "company name;email\nA;a@b.example\n".getBytes(StandardCharsets.UTF_8), "true", "schedules");
        assertEquals(422, noHeader.statusCode(), noHeader.body());
        assertTrue(json(noHeader).get("detail").asText().contains("\"customer number\""), noHeader.body());
    }

    /** A new customer of Alpine's with the number SI-… and one delivery location with the external id KITCHEN-…. */
    static long customerWithLocation(String unique) throws SQLException {
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Schedule Import " + unique).put("email", "schedule-import-" + unique + "@import.example")
                .put("city", "Rosenheim").put("customerNumber", "SI-" + unique).put("sendInvitation", false)).get("id").asLong();
        // a delivery location is the customer's to add; the test writes it as the customer's page would
        try (Connection connection = SystemTestServer.database();
             PreparedStatement location = connection.prepareStatement("insert into delivery_location (id, company_id, name, "
                     + "street, postal_code, city, country, is_default, external_id, created_at) select "
                     + "nextval('delivery_location_seq'), customer_id, 'Kitchen', 'Bahnhofstraße 3', '83022', 'Rosenheim', 'DE', "
                     + "true, ?, now() from customer_relationship where id = ?")) {
            location.setString(1, "KITCHEN-" + unique);
            location.setLong(2, id);
            assertEquals(1, location.executeUpdate());
        }
        return id;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
