package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bulk action on the customer list end to end, in a real browser: two customers ticked, "Add label", the
 * confirmation names the count, and afterwards both carry the label (read back through the API) and a message says
 * how many were done.
 */
class CustomerBulkPageIT extends BrowserTest {

    private static final String TABLE = "customersForm:customers";

    private final String token = "bulk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void twoTickedCustomersGetALabelAfterAConfirmationThatNamesTheCount() {
        List<Long> ids = new ArrayList<>();
        for (String variant : List.of("a", "b")) {
            ids.add(SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                    .put("companyName", "Bulk " + variant + " " + token)
                    .put("email", token + "-" + variant + "@system-test.example")
                    .put("sendInvitation", false)).get("id").asLong());
        }
        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
        browser.findElement(By.id(TABLE + ":globalFilter")).sendKeys(token);
        wait.until(driver -> session.rows(TABLE).size() == 2
                && session.rows(TABLE).stream().allMatch(row -> row.getText().contains(token)));
        session.settle();

        for (int row = 0; row < 2; row++) {
            WebElement box = session.rows(TABLE).get(row).findElement(By.cssSelector(".ui-chkbox-box"));
            box.click();
            session.settle();
        }
        wait.until(driver -> session.text(By.id("customersForm:selectedCount")).startsWith("2"));
        session.click(By.id("customersForm:bulkAddLabel"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulkForm:confirmText")));
        assertTrue(session.text(By.id("bulkForm:confirmText")).contains("2 customers"),
                "the confirmation names the count: " + session.text(By.id("bulkForm:confirmText")));
        Screenshots.take(session, "customers-bulk-dialog");
        session.type("bulkForm:label:input", token);
        session.click(By.id("bulkForm:confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bulkDialog")));
        session.settle();

        wait.until(driver -> driver.getPageSource().contains("Label added to 2 of 2 customers."));
        Screenshots.take(session, "customers-bulk-done");
        for (long id : ids) {
            JsonNode customer = SystemTestServer.apiGetOk("/api/v1/customers/" + id, DemoData.ALPINE_API_KEY);
            assertEquals(token, customer.get("labels").get(0).asText(), customer.toString());
        }
    }
}
