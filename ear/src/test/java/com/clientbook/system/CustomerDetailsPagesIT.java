package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer details page in a real browser against the running server in demo mode: opened from the list, the
 * number changed in place and found in the history, the setup check, a concurrent change, unlinking, and tenancy.
 * The customers are added through the API, each test with names no other run uses.
 */
class CustomerDetailsPagesIT extends BrowserTest {

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    @Test
    void vendorOpensDetailsFromTheListChangesTheNumberAndFindsItInTheHistory() {
        String name = "Details Page " + token;
        addByApi(name, null);
        session.signIn(DemoData.ALPINE_ADMIN);

        WebElement filter = browser.findElement(By.id("customersForm:customers:companyName:filter"));
        filter.sendKeys(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#customersForm\\:customers_data tr[data-ri] a"), name));
        browser.findElement(By.cssSelector("#customersForm\\:customers_data tr[data-ri] a")).click();
        wait.until(ExpectedConditions.urlContains("/vendor/customer.xhtml?id="));

        assertEquals(name, session.text(By.cssSelector("h1")));
        assertEquals(name, session.text(By.id("numberForm:companyName")));
        assertTrue(session.text(By.id("peopleTable")).contains("Not registered yet"), session.text(By.id("peopleTable")));
        assertTrue(session.text(By.id("locationsTable")).contains("no delivery locations yet"));
        assertEquals("cb-missing", classOf("setupNumber"), "no customer number yet");
        assertEquals("cb-missing", classOf("setupLocation"), "no delivery location yet");
        assertEquals("cb-missing", classOf("setupUser"), "nobody registered yet");

        String number = "PG-" + token;
        session.type("numberForm:customerNumber:input", " " + number + " ");
        browser.findElement(By.id("numberForm:saveNumber")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "– → " + number));
        String newest = session.text(By.cssSelector("#history_data tr[data-ri='0']"));
        assertTrue(newest.contains("Customer number changed") && newest.contains("Anna Admin"), newest);
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Customer number saved."));
        assertEquals("cb-done", classOf("setupNumber"));
        assertEquals(number, browser.findElement(By.id("numberForm:customerNumber:input")).getAttribute("value"));
    }

    @Test
    void aNumberAnotherCustomerHasIsRefusedAtTheField() {
        String holder = "Holder " + token;
        addByApi(holder, "HO-" + token);
        long other = addByApi("Other " + token, null);
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + other);

        session.type("numberForm:customerNumber:input", "ho-" + token);
        browser.findElement(By.id("numberForm:saveNumber")).click();

        assertEquals("Customer number ho-" + token + " is already used for " + holder + ".",
                session.text(By.cssSelector("#numberForm\\:customerNumber .ui-message-error")));
    }

    @Test
    void aSaveAfterSomebodyElsesChangeIsRefusedShowingTheCurrentNumber() {
        long id = addByApi("Concurrent " + token, "C1-" + token);
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        session.text(By.id("numberForm:customerNumber"));

        HttpResponse<String> meanwhile = SystemTestServer.sendText("PATCH", "/api/v1/customers/" + id, DemoData.ALPINE_API_KEY,
                "application/json", "{\"customerNumber\": \"C2-" + token + "\"}");
        assertEquals(200, meanwhile.statusCode(), meanwhile.body());
        session.type("numberForm:customerNumber:input", "C3-" + token);
        browser.findElement(By.id("numberForm:saveNumber")).click();

        String message = session.text(By.cssSelector("#numberForm\\:messages .ui-messages-error"));
        assertTrue(message.contains("changed this customer in the meantime") && message.contains("Demo ERP")
                && message.contains("C2-" + token), message);
        assertEquals("C2-" + token, browser.findElement(By.id("numberForm:customerNumber:input")).getAttribute("value"));
        assertEquals("C2-" + token, SystemTestServer.json(SystemTestServer.apiGet("/api/v1/customers/" + id, DemoData.ALPINE_API_KEY))
                .get("customerNumber").asText());
    }

    @Test
    void unlinkingAsksFirstThenTheCustomerLeavesTheList() {
        String name = "Unlink Page " + token;
        long id = addByApi(name, "UL-" + token);
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);

        browser.findElement(By.id("numberForm:unlink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("numberForm:confirmYes"))).click();

        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Customer " + name + " unlinked."));
        assertEquals(404, SystemTestServer.apiGet("/api/v1/customers/" + id, DemoData.ALPINE_API_KEY).statusCode());
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        assertTrue(browser.findElements(By.id("numberForm")).isEmpty());
        session.text(By.id("notFound"));
    }

    @Test
    void anotherVendorOpeningTheDetailsAddressGetsNotFound() {
        long alpineCustomer = addByApi("Alpine Secret " + token, "AS-" + token);
        session.signIn(DemoData.BALTIC_ADMIN);

        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + alpineCustomer);

        assertTrue(session.text(By.id("notFound")).contains("There is no page at this address"));
        assertTrue(browser.findElements(By.id("numberForm")).isEmpty());
        assertTrue(!browser.getPageSource().contains("Alpine Secret " + token), "nothing of the customer is shown");
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=not-a-number");
        session.text(By.id("notFound"));
    }

    @Test
    void theVendorCorrectsAProspectOnTheDetailsPageKeepingARefusedValueAndARegisteredCustomerIsReadOnly() {
        long id = addByApi("Typo Page " + token, null);
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);

        screenshot("customer-details-prospect-1440");
        session.click(By.id("numberForm:correctCompany"));
        session.type("companyForm:companyName:input", "Corrected Page " + token);
        session.type("companyForm:email:input", "bad@@x");
        session.click(By.id("companyForm:saveCompany"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#companyForm\\:email .ui-message-error")));
        assertEquals("bad@@x", browser.findElement(By.id("companyForm:email:input")).getDomProperty("value"), "kept as typed");
        assertTrue(browser.findElement(By.id("companyForm:email:input")).getAttribute("class").contains("ui-state-error"),
                "the refused field is marked");
        assertEquals("Corrected Page " + token, browser.findElement(By.id("companyForm:companyName:input")).getAttribute("value"));
        assertEquals("Typo Page " + token, session.text(By.id("numberForm:companyName")), "nothing saved");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("customer-details-correct-refused-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));

        session.type("companyForm:email:input", "corrected-" + token + "@system-test.example");
        session.click(By.id("companyForm:saveCompany"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("numberForm:companyName"), "Corrected Page " + token));
        assertTrue(session.text(By.id("history")).contains("Typo Page " + token + " → Corrected Page " + token),
                session.text(By.id("history")));
        assertEquals("corrected-" + token + "@system-test.example", session.text(By.id("numberForm:email")));

        var page = SystemTestServer.json(SystemTestServer.apiGet("/api/v1/customers?status=REGISTERED&size=1", DemoData.ALPINE_API_KEY));
        if (page.get("items").isEmpty()) {
            page = SystemTestServer.json(SystemTestServer.apiGet("/api/v1/customers?status=HAS_ORDERED&size=1", DemoData.ALPINE_API_KEY));
        }
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + page.get("items").get(0).get("id").asLong());
        assertTrue(session.text(By.id("numberForm:companyDataHint")).contains("keeps its own data"));
        assertTrue(browser.findElements(By.id("numberForm:correctCompany")).isEmpty(), "no correction for a registered customer");
    }

    @Test
    void theVendorSeesALocationsReceivingHoursAndDeliveryDetails() {
        // the demo data's Café Central (Alpine's A-0001) keeps a kitchen entrance with hours on weekdays
        long withLocation = SystemTestServer.json(SystemTestServer.apiGet("/api/v1/customers?customerNumber=A-0001",
                DemoData.ALPINE_API_KEY)).get("items").get(0).get("id").asLong();
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + withLocation);

        String table = session.text(By.id("locationsTable"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('locations').scrollIntoView()");
        screenshot("customer-details-locations-1440");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('locations').scrollIntoView()");
        screenshot("customer-details-locations-390");
        assertTrue(table.contains("Receiving hours") && table.contains("Delivery instructions") && table.contains("Phone on site"), table);
        assertTrue(table.contains("06:00–10:00") && table.contains("Hofeinfahrt links") && table.contains("+49 89 1234568")
                && table.contains("K-1"), table);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private long addByApi(String name, String customerNumber) {
        var body = SystemTestServer.JSON.createObjectNode()
                .put("companyName", name)
                .put("email", "details-" + UUID.randomUUID() + "@system-test.example")
                .put("sendInvitation", false);
        if (customerNumber != null) {
            body.put("customerNumber", customerNumber);
        }
        return SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, body).get("id").asLong();
    }

    private void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(
                    org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Files.copy(shot, dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String classOf(String id) {
        return browser.findElement(By.id(id)).getAttribute("class");
    }
}
