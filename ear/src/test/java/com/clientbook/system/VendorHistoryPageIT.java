package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vendor-wide history page: a change to a customer shows up there, named as the customer's own history names it,
 * filtered by person, and another vendor never sees it.
 */
class VendorHistoryPageIT extends BrowserTest {

    private static final String TABLE = "historyForm:entries";

    private final String token = "hist" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void aChangeShowsInTheVendorsHistoryFilteredByPersonAndNeverInAnotherVendors() {
        String name = "History " + token;
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", name).put("email", token + "@history.example").put("sendInvitation", false));

        session.signIn(DemoData.ALPINE_ADMIN);
        session.click(By.id("menuForm:historyItem"));
        wait.until(ExpectedConditions.urlContains("/vendor/history.xhtml"));
        session.type("historyForm:person:input", "Demo ERP");
        session.click(By.id("historyForm:apply"));
        session.settle();
        wait.until(driver -> !session.rows(TABLE).isEmpty() && session.rows(TABLE).get(0).getText().contains(name));
        String first = session.rows(TABLE).get(0).getText();
        assertTrue(first.contains("Customer added"), "rendered as on the details page: " + first);
        assertTrue(session.rows(TABLE).stream().allMatch(row -> row.getText().contains("Demo ERP")), "only the API key's changes");
        Screenshots.take(session, "vendor-history");

        restartBrowser();
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/history.xhtml");
        session.settle();
        assertFalse(browser.findElement(By.id(TABLE)).getText().contains(token), "another vendor never sees it");
    }
}
