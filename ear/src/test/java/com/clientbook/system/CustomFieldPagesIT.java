package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Custom fields page and a customer's custom fields, in a real browser: a vendor admin defines a field (a bad key
 * is refused at its field), sets a customer's values in English and in German number and date writing (a wrong one
 * refused, nothing saved), and sees the change in the history; another vendor's admin neither sees the field nor
 * reaches the customer; vendor staff have no menu entry or page for the definitions but edit values.
 */
class CustomFieldPagesIT extends BrowserTest {

    private static final By MENU_ITEM = By.cssSelector("#menuForm a[href*='/vendor/custom-fields.xhtml']");
    private final String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void customFieldsAnAdminDefinesAFieldAndSetsValuesInEnglishAndGermanWhereNoOtherVendorSeesThem() {
        String seatsLabel = "Seats " + unique;
        String sinceLabel = "Since " + unique;
        String sinceKey = "since" + unique;
        SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/custom-fields",
                DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("key", sinceKey).put("labelEn", sinceLabel)
                        .put("labelDe", "Seit " + unique).put("type", "DATE")));
        String email = "cf-page-" + unique + "@example.com";
        long customerId = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Fields page " + unique).put("email", email).put("sendInvitation", false)).get("id").asLong();
        String customerPage = SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + customerId;
        try {
            session.signIn(DemoData.ALPINE_ADMIN);
            session.click(MENU_ITEM);
            wait.until(ExpectedConditions.urlContains("/vendor/custom-fields.xhtml"));
            session.click(By.id("fieldsForm:newField"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldDialog")));
            session.type("fieldForm:key:input", "Bad key");
            session.type("fieldForm:labelEn:input", seatsLabel);
            session.type("fieldForm:labelDe:input", "Plätze " + unique);
            session.choose("fieldForm:type:input", "Number");
            session.click(By.id("fieldForm:save"));
            assertTrue(session.text(By.cssSelector("#fieldForm\\:key .ui-message-error")).contains("lower-case letter"),
                    session.text(By.id("fieldForm")));
            session.screenshot("custom-fields-wrong-en-1440");
            session.type("fieldForm:key:input", "seats" + unique);
            session.click(By.id("fieldForm:save"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fieldDialog")));
            wait.until(d -> session.text(By.id("fieldsForm:fields")).contains(seatsLabel));
            session.screenshot("custom-fields-en-1440");

            browser.get(customerPage);
            typeAt(seatsLabel, "4.5");
            session.click(By.id("customFieldsForm:saveCustomFields"));
            // the refusal stands at the field it is about
            wait.until(d -> session.text(By.cssSelector("#customFieldsForm .ui-message-error")).contains("whole number"));
            assertTrue(browser.findElement(By.id(inputFor(seatsLabel))).getAttribute("class").contains("ui-state-error"));
            session.screenshot("customer-custom-fields-wrong-en-1440");
            typeAt(seatsLabel, "1,234");
            typeAt(sinceLabel, "2026-03-01");
            session.click(By.id("customFieldsForm:saveCustomFields"));
            wait.until(d -> session.text(By.id("history")).contains("1234"));
            JsonNode values = SystemTestServer.apiGetOk("/api/v1/customers/" + customerId, DemoData.ALPINE_API_KEY).get("customFields");
            assertEquals(1234, values.get("seats" + unique).asInt());
            assertEquals("2026-03-01", values.get(sinceKey).asText());
            session.screenshot("customer-custom-fields-en-1440");

            restartBrowser("de-DE");
            session.signIn(DemoData.ALPINE_ADMIN);
            session.viewport(390, 844);
            browser.get(customerPage);
            assertEquals("1.234", valueAt("Plätze " + unique), "German number writing");
            assertEquals("01.03.2026", valueAt("Seit " + unique), "German date writing");
            typeAt("Seit " + unique, "32.12.2026");
            session.click(By.id("customFieldsForm:saveCustomFields"));
            wait.until(d -> session.text(By.cssSelector("#customFieldsForm .ui-message-error")).contains("31.12.2026"));
            session.settle();
            session.screenshot("customer-custom-fields-wrong-de-390");
            typeAt("Plätze " + unique, "1.500");
            typeAt("Seit " + unique, "31.12.2026");
            session.click(By.id("customFieldsForm:saveCustomFields"));
            wait.until(d -> session.text(By.id("history")).contains("1500"));
            assertEquals("2026-12-31", SystemTestServer.apiGetOk("/api/v1/customers/" + customerId,
                    DemoData.ALPINE_API_KEY).get("customFields").get(sinceKey).asText());
            session.settle();
            session.screenshot("customer-custom-fields-de-390");
            browser.get(SystemTestServer.baseUrl() + "/vendor/custom-fields.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldsForm:fields")));
            session.screenshot("custom-fields-de-390");
            session.click(By.id("fieldsForm:newField"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldDialog")));
            session.type("fieldForm:key:input", "Falsch");
            session.click(By.id("fieldForm:save"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fieldForm .ui-message-error")));
            session.settle();
            session.screenshot("custom-fields-wrong-de-390");
            assertEquals(0, session.overflow(), "the page is no wider than a phone");

            restartBrowser();
            session.signIn(DemoData.BALTIC_ADMIN);
            browser.get(SystemTestServer.baseUrl() + "/vendor/custom-fields.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldsForm:fields")));
            assertFalse(browser.getPageSource().contains(seatsLabel), "another vendor does not see the field");
            browser.get(customerPage);
            assertTrue(browser.findElements(By.id("customFieldsForm")).isEmpty(), "nor the customer");

            restartBrowser();
            session.signIn(DemoData.ALPINE_STAFF);
            assertTrue(browser.findElements(MENU_ITEM).isEmpty(), "staff have no menu entry");
            browser.get(SystemTestServer.baseUrl() + "/vendor/custom-fields.xhtml");
            assertTrue(browser.findElements(By.id("fieldsForm:fields")).isEmpty(), "nor the page");
            browser.get(customerPage);
            typeAt(seatsLabel, "12");
            session.click(By.id("customFieldsForm:saveCustomFields"));
            wait.until(d -> session.text(By.id("history")).contains("1500 → 12"));
        } finally {
            JsonNode all = SystemTestServer.apiGetOk("/api/v1/custom-fields", DemoData.ALPINE_API_KEY);
            all.get("items").forEach(item -> {
                if (item.get("key").asText().endsWith(unique)) {
                    SystemTestServer.sendText("DELETE", "/api/v1/custom-fields/" + item.get("id").asLong(),
                            DemoData.ALPINE_API_KEY, "application/json", "");
                }
            });
        }
    }

    private String inputFor(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//form[@id='customFieldsForm']//label[normalize-space()='" + label + "']"))).getAttribute("for");
    }

    private void typeAt(String label, String value) {
        session.type(inputFor(label), value);
    }

    private String valueAt(String label) {
        return browser.findElement(By.id(inputFor(label))).getAttribute("value");
    }
}
