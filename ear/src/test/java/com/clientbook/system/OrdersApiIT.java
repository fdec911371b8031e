package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders through the API against the EAR: Alpine's ERP places an order it took by phone for a customer on a route
 * (once per Idempotency-Key), reads it with its ETag, confirms, cancels with a reason and reads the day's picking list
 * and the delta sync; wrong input gets 400 naming the field, a rule 422 with the reason; Baltic gets 404 for all of it.
 */
class OrdersApiIT {

    private static final String ORDERS = "/api/v1/orders";
    private static final String ROUTES = "/api/v1/routes";

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theErpPlacesConfirmsAndCancelsAnOrderAndAnotherVendorFindsNothing() throws SQLException {
        long customer = DeliveryDaysApiIT.newCustomerWithLocation("Order Bistro " + unique, null);
        long location = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations",
                DemoData.ALPINE_API_KEY).get(0).get("id").asLong();
        ObjectNode route = JSON.createObjectNode().put("name", "Order route " + unique).put("code", "OR-" + unique);
        route.putArray("deliveryWeekdays").add("MONDAY").add("THURSDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        long routeId = SystemTestServer.json(SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY, route)).get("id").asLong();
        assertEquals(200, SystemTestServer.sendJson("POST", ROUTES + "/" + routeId + "/stops", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("customerId", customer).put("deliveryLocationId", location)).statusCode());
        String article = "OA-" + unique;
        long product = addProduct(customer, article, "Rye bread " + unique);
        LocalDate thursday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));

        String key = "order-" + unique;
        HttpResponse<String> placed = SystemTestServer.sendJson("POST", ORDERS, DemoData.ALPINE_API_KEY,
                order(customer, location, thursday, product, "2.5"), "Idempotency-Key", key);
        assertEquals(201, placed.statusCode(), placed.body());
        JsonNode order = SystemTestServer.json(placed);
        long id = order.get("id").asLong();
        assertEquals("PLACED", order.get("status").asText());
        assertEquals("OR-" + unique, order.get("routeCode").asText());
        assertEquals(thursday.minusDays(1).atTime(14, 0).toString(), order.get("orderDeadlineVendorTime").asText());
        assertEquals(article, order.get("lines").get(0).get("articleNumber").asText());
        assertEquals(0, order.get("lines").get(0).get("quantity").decimalValue().compareTo(new java.math.BigDecimal("2.5")));
        assertTrue(order.get("placedByVendor").asBoolean());
        HttpResponse<String> again = SystemTestServer.sendJson("POST", ORDERS, DemoData.ALPINE_API_KEY,
                order(customer, location, thursday, product, "2.5"), "Idempotency-Key", key);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(id, SystemTestServer.json(again).get("id").asLong(), "one order per key");

        HttpResponse<String> read = SystemTestServer.apiGet(ORDERS + "/" + id, DemoData.ALPINE_API_KEY);
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        SystemTestServer.problem(SystemTestServer.sendText("POST", ORDERS + "/" + id + "/confirm", DemoData.ALPINE_API_KEY,
                "application/json", "", "If-Match", "\"999\""), 412);
        HttpResponse<String> confirmed = SystemTestServer.sendText("POST", ORDERS + "/" + id + "/confirm", DemoData.ALPINE_API_KEY,
                "application/json", "", "If-Match", etag);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONFIRMED", SystemTestServer.json(confirmed).get("status").asText());

        JsonNode picking = SystemTestServer.apiGetOk(ORDERS + "/picking?deliveryDay=" + thursday + "&routeId=" + routeId,
                DemoData.ALPINE_API_KEY);
        assertEquals(1, picking.size(), picking.toString());
        assertEquals(article, picking.get(0).get("articleNumber").asText());
        JsonNode sync = SystemTestServer.apiGetOk(ORDERS + "?updatedSince=" + order.get("placedAt").asText() + "&customerId="
                + customer, DemoData.ALPINE_API_KEY);
        assertEquals(List.of(id), SystemTestServer.ids(sync));

        // Baltic: none of it exists
        SystemTestServer.problem(SystemTestServer.apiGet(ORDERS + "/" + id, DemoData.BALTIC_API_KEY), 404);
        SystemTestServer.problem(SystemTestServer.sendText("POST", ORDERS + "/" + id + "/cancel", DemoData.BALTIC_API_KEY,
                "application/json", "{\"reason\":\"mine now\"}"), 404);
        SystemTestServer.problem(SystemTestServer.sendText("POST", ORDERS + "/" + id + "/deliver", DemoData.BALTIC_API_KEY,
                "application/json", ""), 404);
        SystemTestServer.problem(SystemTestServer.sendText("PUT", ORDERS + "/" + id, DemoData.BALTIC_API_KEY,
                "application/json", "{\"lines\":[{\"productId\":" + product + ",\"quantity\":9}]}"), 404);
        SystemTestServer.problem(SystemTestServer.sendJson("POST", ORDERS, DemoData.BALTIC_API_KEY,
                order(customer, location, thursday, product, "1")), 404);
        assertFalse(SystemTestServer.ids(SystemTestServer.apiGetOk(ORDERS + "?deliveryDay=" + thursday, DemoData.BALTIC_API_KEY))
                .contains(id));
        assertEquals("CONFIRMED", SystemTestServer.apiGetOk(ORDERS + "/" + id, DemoData.ALPINE_API_KEY).get("status").asText());

        assertEquals(List.of("reason"), SystemTestServer.errorFields(SystemTestServer.problem(SystemTestServer.sendText("POST",
                ORDERS + "/" + id + "/cancel", DemoData.ALPINE_API_KEY, "application/json", "{\"reason\":\" \"}"), 400)));
        HttpResponse<String> cancelled = SystemTestServer.sendText("POST", ORDERS + "/" + id + "/cancel", DemoData.ALPINE_API_KEY,
                "application/json", "{\"reason\":\"Customer closed for a wedding\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("Customer closed for a wedding", SystemTestServer.json(cancelled).get("cancelReason").asText());
        SystemTestServer.problem(SystemTestServer.sendText("POST", ORDERS + "/" + id + "/deliver", DemoData.ALPINE_API_KEY,
                "application/json", ""), 422);
        assertEquals(0, SystemTestServer.apiGetOk(ORDERS + "/picking?deliveryDay=" + thursday + "&routeId=" + routeId,
                DemoData.ALPINE_API_KEY).size(), "a cancelled order is not picked");
    }

    @Test
    void wrongInputNamesTheFieldAndARuleSaysWhy() throws SQLException {
        long customer = DeliveryDaysApiIT.newCustomerWithLocation("Refused Bistro " + unique, null);
        long location = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations",
                DemoData.ALPINE_API_KEY).get(0).get("id").asLong();
        long product = addProduct(customer, "RF-" + unique, "Butter " + unique);
        ObjectNode daily = JSON.createObjectNode().put("name", "Daily " + unique).put("code", "DL-" + unique);
        var weekdays = daily.putArray("deliveryWeekdays");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            weekdays.add(weekday.name());
        }
        daily.putObject("orderDeadline").put("daysBefore", 0).put("time", "23:59");
        long routeId = SystemTestServer.json(SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY, daily)).get("id").asLong();
        assertEquals(200, SystemTestServer.sendJson("POST", ROUTES + "/" + routeId + "/stops", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("customerId", customer).put("deliveryLocationId", location)).statusCode());
        LocalDate workday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);

        assertEquals(List.of("lines[0].quantity"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("POST", ORDERS, DemoData.ALPINE_API_KEY, order(customer, location, workday, product, "0")), 400)));
        assertEquals(List.of("deliveryDay"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("POST", ORDERS, DemoData.ALPINE_API_KEY,
                        order(customer, location, workday, product, "1").put("deliveryDay", "next Monday")), 400)));
        assertEquals(List.of("status"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(ORDERS + "?status=SHIPPED", DemoData.ALPINE_API_KEY), 400)));
        assertEquals(List.of("updatedSince"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(ORDERS + "?updatedSince=yesterday", DemoData.ALPINE_API_KEY), 400)));
        JsonNode past = SystemTestServer.problem(SystemTestServer.sendJson("POST", ORDERS, DemoData.ALPINE_API_KEY,
                order(customer, location, LocalDate.now().minusDays(3), product, "1")), 400);
        assertEquals(List.of("deliveryDay"), SystemTestServer.errorFields(past));
        setActive(product, false);
        JsonNode inactive = SystemTestServer.problem(SystemTestServer.sendJson("POST", ORDERS, DemoData.ALPINE_API_KEY,
                order(customer, location, workday, product, "1")), 422);
        assertTrue(inactive.get("detail").asText().contains("no longer available"), inactive.toString());
        assertEquals(0, SystemTestServer.apiGetOk(ORDERS + "?customerId=" + customer, DemoData.ALPINE_API_KEY)
                .get("totalItems").asLong(), "nothing was stored");
    }

    static ObjectNode order(long customer, long location, LocalDate day, long product, String quantity) {
        ObjectNode order = JSON.createObjectNode().put("customerId", customer).put("deliveryLocationId", location)
                .put("deliveryDay", day.toString());
        order.putArray("lines").addObject().put("productId", product).put("quantity", new java.math.BigDecimal(quantity));
        return order;
    }

    /** A product of the customer's vendor (Alpine), as its products page would add it. */
    static long addProduct(long customer, String article, String name) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement insert = connection.prepareStatement("insert into product (id, vendor_id, article_number, name,"
                     + " unit, pack_size, active, created_at, updated_at) select nextval('product_seq'), vendor_id, ?, ?,"
                     + " 'PIECE', 1, true, now(), now() from customer_relationship where id = ? returning id")) {
            insert.setString(1, article);
            insert.setString(2, name);
            insert.setLong(3, customer);
            try (ResultSet row = insert.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    private static void setActive(long product, boolean active) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement update = connection.prepareStatement("update product set active = ? where id = ?")) {
            update.setBoolean(1, active);
            update.setLong(2, product);
            update.executeUpdate();
        }
    }
}
