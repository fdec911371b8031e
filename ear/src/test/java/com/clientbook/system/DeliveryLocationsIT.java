package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery locations end to end: Café Central's admin (a customer of both demo vendors) adds two places in the
 * portal and makes the second the default; Alpine then sees both, live and read-only, on the customer's details
 * page and through the API. Other vendors' and former customers' ids answer 404.
 */
class DeliveryLocationsIT extends BrowserTest {

    private static final String LOCATIONS_TABLE = "locationsForm:locations";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCustomerAddsLocationsMakesOneTheDefaultAndTheVendorSeesThem() {
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.driver().findElement(By.id("menuForm:locationsItem")).click();
        session.waiter().until(ExpectedConditions.urlContains("/customer/locations.xhtml"));

        addLocation("Kitchen " + unique, "Monday", "6:00-10:00, 14:00-16:00");
        addLocation("Cellar " + unique, "Friday", "06:00-09:00");
        WebElement cellar = row("Cellar " + unique);
        cellar.findElement(By.cssSelector("[id$=':makeDefault']")).click();
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Cellar " + unique + " is now the default delivery location."));
        session.waiter().until(driver -> row("Cellar " + unique).getText().contains("Default")
                && !row("Kitchen " + unique).getText().contains("Default"));
        assertTrue(row("Kitchen " + unique).getText().contains("Mon 06:00-10:00, 14:00-16:00"), row("Kitchen " + unique).getText());

        long cafe = cafeCentralAtAlpine();
        restartBrowser();
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + cafe);
        String locations = session.text(By.id("locationsTable"));
        assertTrue(locations.contains("Cellar " + unique) && locations.contains("Kitchen " + unique), locations);
        String defaultRow = session.text(By.xpath("//*[@id='locationsTable']//tr[contains(., 'Cellar " + unique + "')]"));
        assertTrue(defaultRow.contains("Default"), defaultRow);

        JsonNode fromApi = SystemTestServer.json(locationsOf(cafe, DemoData.ALPINE_API_KEY));
        JsonNode kitchen = find(fromApi, "Kitchen " + unique);
        assertFalse(kitchen.get("isDefault").asBoolean());
        assertEquals("MONDAY", kitchen.get("receivingHours").get(0).get("day").asText());
        assertEquals("06:00", kitchen.get("receivingHours").get(0).get("opens").asText());
        assertTrue(find(fromApi, "Cellar " + unique).get("isDefault").asBoolean());
        long cafeAtBaltic = customerByNumber("BB-100", DemoData.BALTIC_API_KEY);
        assertTrue(find(SystemTestServer.json(locationsOf(cafeAtBaltic, DemoData.BALTIC_API_KEY)), "Cellar " + unique)
                .get("isDefault").asBoolean(), "Baltic supplies Café Central too and reads the same places");
        assertEquals(404, locationsOf(cafe, DemoData.BALTIC_API_KEY).statusCode(), "Alpine's customer id is not Baltic's");
    }

    @Test
    void hoursThatAreNoTimesAreRefusedAndNothingIsAdded() {
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/locations.xhtml");
        openAddDialog();
        session.type("locationForm:name:input", "Nowhen " + unique);
        typeHours("Tuesday", "mornings");
        session.driver().findElement(By.id("locationForm:save")).click();

        // at Tuesday's own field, which keeps what was typed (issue 13)
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#locationForm .cb-hours-day .ui-message-error"),
                "Tuesday: \"mornings\" is not a time like 06:00-10:00"));
        assertEquals("mornings", session.driver().findElement(By.cssSelector("#locationForm .cb-hours-day input.ui-state-error"))
                .getDomProperty("value"));
        assertFalse(session.text(By.id(LOCATIONS_TABLE)).contains("Nowhen " + unique));
    }

    @Test
    void anotherVendorsOrAFormerCustomersLocationsAreNotFound() {
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Alpine only " + unique)
                .put("email", "alpine-only-" + unique + "@locations.example").put("sendInvitation", false)).get("id").asLong();

        assertEquals(200, locationsOf(id, DemoData.ALPINE_API_KEY).statusCode());
        assertEquals("[]", locationsOf(id, DemoData.ALPINE_API_KEY).body().replaceAll("\\s", ""));
        assertEquals(404, locationsOf(id, DemoData.BALTIC_API_KEY).statusCode(), "another vendor's customer");
        assertEquals(401, locationsOf(id, "cb_no_such_key").statusCode());

        HttpResponse<String> unlinked = SystemTestServer.send(SystemTestServer.request("/api/v1/customers/" + id)
                .header("Authorization", "Bearer " + DemoData.ALPINE_API_KEY).DELETE().build());
        assertEquals(204, unlinked.statusCode(), unlinked.body());
        assertEquals(404, locationsOf(id, DemoData.ALPINE_API_KEY).statusCode(), "no longer a customer: sees none");
    }

    private void addLocation(String name, String day, String hours) {
        openAddDialog();
        session.type("locationForm:name:input", name);
        session.type("locationForm:street:input", "Marienplatz 1");
        session.type("locationForm:postalCode:input", "80331");
        session.type("locationForm:city:input", "München");
        typeHours(day, hours);
        session.driver().findElement(By.id("locationForm:save")).click();
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Delivery location " + name + " added."));
        session.waiter().until(driver -> row(name) != null);
    }

    private void openAddDialog() {
        session.driver().findElement(By.id("locationsForm:addLocation")).click();
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("locationDialog")));
    }

    private void typeHours(String day, String hours) {
        WebElement input = session.waiter().until(driver -> driver.findElements(By.cssSelector(".cb-hours-day")).stream()
                .filter(line -> line.isDisplayed() && line.findElement(By.tagName("label")).getText().startsWith(day))
                .map(line -> line.findElement(By.tagName("input")))
                .findFirst().orElse(null));
        input.clear();
        input.sendKeys(hours);
    }

    private WebElement row(String name) {
        return session.rows(LOCATIONS_TABLE).stream().filter(r -> r.getText().contains(name)).findFirst().orElse(null);
    }

    private static long cafeCentralAtAlpine() {
        return customerByNumber("A-0001", DemoData.ALPINE_API_KEY);
    }

    private static long customerByNumber(String number, String apiKey) {
        return SystemTestServer.apiGetOk("/api/v1/customers/by-number/" + number, apiKey).get("id").asLong();
    }

    private static HttpResponse<String> locationsOf(long customerId, String apiKey) {
        return SystemTestServer.get("/api/v1/customers/" + customerId + "/delivery-locations", "Authorization", "Bearer " + apiKey);
    }

    private static JsonNode find(JsonNode locations, String name) {
        for (JsonNode location : locations) {
            if (location.get("name").asText().equals(name)) {
                return location;
            }
        }
        throw new AssertionError(name + " is not among " + locations);
    }
}
