package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API keys page as a vendor admin uses it, in a real browser, and the keys it makes as the API sees them:
 * against the running server in demo mode ({@code clientbook.baseUrl}). Every test names its keys with a token
 * of its own, so tests and earlier runs do not meet.
 */
class ApiKeyPagesIT extends BrowserTest {

    @Test
    void anAdminCreatesAKeyThatCallsTheApiUntilTheAdminRevokesIt() {
        session.signIn(DemoData.ALPINE_ADMIN);
        openApiKeysFromTheMenu();
        String name = "ERP " + unique();

        String secret = createKey(name);

        assertEquals("Authorization: Bearer " + secret, session.text(By.id("usage")));
        long alpineCustomer = addCustomerWithDemoKey("Key Test Inn " + name);
        HttpResponse<String> asAlpine = customers(secret, "?size=200");
        assertEquals(200, asAlpine.statusCode(), asAlpine.body());
        assertEquals(SystemTestServer.json(customers(DemoData.ALPINE_API_KEY, "?size=200")).get("totalItems").asLong(),
                SystemTestServer.json(asAlpine).get("totalItems").asLong(), "the new key sees exactly Alpine's customers");
        JsonNode found = SystemTestServer.json(customers(secret, "?name=" + SystemTestServer.encode("Key Test Inn " + name)));
        assertEquals(List.of(alpineCustomer), SystemTestServer.ids(found));

        browser.findElement(By.id("newKeyForm:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("newKeyDialog")));
        wait.until(driver -> driver.findElements(By.id("newKeyForm:secret")).isEmpty());
        WebElement row = row(name).orElseThrow();
        assertTrue(row.getText().contains(secret.substring(0, 10) + "…"), row.getText());
        assertTrue(row.getText().contains("Active"), row.getText());
        assertFalse(browser.getPageSource().contains(secret), "the page never shows the secret again");

        browser.navigate().refresh();
        assertFalse(browser.getPageSource().contains(secret), "nor after a reload");
        revoke(name);

        wait.until(driver -> row(name).map(r -> r.getText().contains("Revoked")).orElse(false));
        assertEquals(401, customers(secret, "").statusCode(), "a revoked key is refused at once");
        assertEquals(200, customers(DemoData.ALPINE_API_KEY, "").statusCode(), "the vendor's other keys keep working");
    }

    @Test
    void aKeyNeedsAName() {
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/api-keys.xhtml");
        browser.findElement(By.id("keysForm:newKey")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyDialog")));
        browser.findElement(By.id("newKeyForm:issue")).click();

        assertEquals("Enter a name for the API key.", session.text(By.cssSelector("#newKeyForm\\:name .ui-message-error")));
        assertTrue(browser.findElements(By.id("newKeyForm:secret")).isEmpty());
    }

    @Test
    void vendorStaffCannotOpenThePage() {
        session.signIn(DemoData.ALPINE_STAFF);
        assertTrue(browser.findElements(API_KEYS_MENU_ITEM).isEmpty(), "staff have no menu entry");

        browser.get(SystemTestServer.baseUrl() + "/vendor/api-keys.xhtml");

        assertTrue(browser.findElements(By.id("keysForm:keys")).isEmpty(), "the keys are not shown");
        assertTrue(session.text(By.tagName("main")).contains("Your account may not open this page"), session.text(By.tagName("main")));
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        assertFalse(browser.findElements(By.id("customersForm:customers")).isEmpty(), "staff keep the customer list");
    }

    @Test
    void anotherVendorsAdminDoesNotSeeTheKey() {
        session.signIn(DemoData.ALPINE_ADMIN);
        openApiKeysFromTheMenu();
        String name = "Alpine only " + unique();
        createKey(name);
        browser.findElement(By.id("newKeyForm:done")).click();
        wait.until(driver -> row(name).isPresent());
        signOut();

        session.signIn(DemoData.BALTIC_ADMIN);
        openApiKeysFromTheMenu();
        assertTrue(rows().stream().noneMatch(r -> r.getText().contains(name)), "Baltic must not see Alpine's key");
        assertTrue(rows().stream().anyMatch(r -> r.getText().contains("Demo ERP")), "Baltic sees its own key");
    }

    private static final By API_KEYS_MENU_ITEM = By.cssSelector("#menuForm a[href*='/vendor/api-keys.xhtml']");

    private void signOut() {
        browser.findElement(By.id("menuForm:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    private void openApiKeysFromTheMenu() {
        wait.until(ExpectedConditions.elementToBeClickable(API_KEYS_MENU_ITEM)).click();
        wait.until(ExpectedConditions.urlContains("/vendor/api-keys.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keysForm:keys")));
    }

    /** Creates a key in the dialog and reads its secret, which the open dialog shows. */
    private String createKey(String name) {
        browser.findElement(By.id("keysForm:newKey")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyDialog")));
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyForm:name:input")));
        input.clear();
        input.sendKeys(name);
        browser.findElement(By.id("newKeyForm:issue")).click();
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyForm:secret")));
        String value = secret.getDomProperty("value");
        assertTrue(value.startsWith("cb_"), value);
        return value;
    }

    private void revoke(String name) {
        WebElement button = wait.until(driver -> row(name).map(r -> r.findElement(By.cssSelector("button[id$=':revoke']"))).orElse(null));
        button.click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("keysForm:confirmYes")));
        assertTrue(session.text(By.id("keysForm:confirmRevoke")).contains(name), "the confirmation names the key");
        confirm.click();
    }

    private Optional<WebElement> row(String name) {
        return rows().stream().filter(r -> r.getText().contains(name)).findFirst();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#keysForm\\:keys_data tr[data-ri]"));
    }

    private static HttpResponse<String> customers(String key, String query) {
        return SystemTestServer.get("/api/v1/customers" + query, "Authorization", "Bearer " + key);
    }

    /** A new customer of Alpine's, added through the demo key: what another key of Alpine's must then see. */
    private static long addCustomerWithDemoKey(String companyName) {
        return SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, SystemTestServer.JSON.createObjectNode()
                .put("companyName", companyName)
                .put("email", "key-" + unique() + "@system-test.example")
                .put("sendInvitation", false)).get("id").asLong();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
