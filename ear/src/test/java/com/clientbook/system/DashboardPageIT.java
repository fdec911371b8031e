package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard and the customer list agree (issue 13: "Invited 0" while the list's Invited filter showed a customer):
 * a customer with a pending invitation is counted as Invited, and each count is a link to the list filtered to that
 * status, whose total is the count.
 */
class DashboardPageIT extends BrowserTest {

    private static final String TABLE = "customersForm:customers";

    private final String token = "dash" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void eachCountLinksToTheListFilteredToItsStatusWhichShowsAsManyCustomers() {
        String email = token + "@dashboard.example";
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Dashboard " + token).put("email", email).put("sendInvitation", false));
        ObjectNode invitation = JSON.createObjectNode().put("email", email).put("firstName", "Ina").put("lastName", "Invited");
        var invited = SystemTestServer.sendJson("POST", "/api/v1/invitations", DemoData.ALPINE_API_KEY, invitation);
        assertEquals(201, invited.statusCode(), invited.body());

        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        String[] statuses = {"REQUESTED", "REJECTED", "PROSPECT", "INVITED", "REGISTERED", "HAS_ORDERED"};
        for (int row = 0; row < statuses.length; row++) {
            browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
            By count = By.id("counts:" + row + ":count");
            long dashboard = Long.parseLong(session.text(count).replaceAll("\\D", ""));
            if (row == 0) {
                Screenshots.take(session, "dashboard");
            }
            if (statuses[row].equals("INVITED")) {
                assertTrue(dashboard >= 1, "the customer with a pending invitation is counted as Invited");
            }
            session.click(count);
            String status = statuses[row];
            wait.until(ExpectedConditions.urlContains("status=" + status));
            session.settle();
            assertEquals(dashboard, totalRows(), status + ": the list shows as many customers as the dashboard counted");
        }
    }

    private long totalRows() {
        return listTotal(session, browser, TABLE);
    }

    /** The total a lazy table's paginator reports ("1–25 / 345"), 0 for an empty table. */
    static long listTotal(BrowserSession session, org.openqa.selenium.WebDriver browser, String table) {
        if (!browser.findElements(By.cssSelector("#" + css(table) + " .ui-datatable-empty-message")).isEmpty()) {
            return 0;
        }
        String report = session.text(By.cssSelector("#" + css(table) + " .ui-paginator-current"));
        return Long.parseLong(report.replaceAll(".*/\\s*", "").replaceAll("\\D", ""));
    }

    private static String css(String id) {
        return id.replace(":", "\\:");
    }
}
