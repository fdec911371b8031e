package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard and the customer list agree (issue 13: "Invited 0" while the list's Invited filter showed a customer):
 * a customer with a pending invitation is counted as Invited, and each count is a link to the list filtered to that
 * status, whose total is the count.
 */
class DashboardPageIT extends BrowserTest {

    private static final String TABLE = "customersForm:customers";
    private static final String INVITATIONS = "invitationsForm:invitations";

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

    /**
     * Issue 16: the moves of the last 7 and 30 days and the "needs attention" counts are links, and the list each opens
     * shows exactly as many rows, with its filter shown above the table and cleared there; in German too, and another
     * vendor following the same links sees none of this vendor's customers.
     */
    @Test
    void eachMoveAndAttentionCountLinksToAListOfExactlyThoseRows() {
        String email = token + "@moves.example";
        String company = "Moves " + token;
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", company).put("email", email).put("sendInvitation", false));
        var invited = SystemTestServer.sendJson("POST", "/api/v1/invitations", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("email", email).put("firstName", "Mo").put("lastName", "Moved"));
        assertEquals(201, invited.statusCode(), invited.body());

        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        String movedUrl = null;
        for (int row = 0; row < 6; row++) {
            for (String column : new String[]{"moved7", "moved30"}) {
                browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
                By link = By.id("counts:" + row + ":" + column);
                long dashboard = Long.parseLong(session.text(link).replaceAll("\\D", ""));
                if (row == 2 || row == 3) {
                    assertTrue(dashboard >= 1, "the customer added and invited now has moved into rows 2 and 3");
                }
                session.click(link);
                wait.until(ExpectedConditions.urlContains("moved="));
                session.settle();
                assertEquals(dashboard, totalRows(), row + " " + column + ": the list shows as many rows as the dashboard counted");
                assertTrue(session.text(By.id("customersForm:movedFilterText")).contains("since"), "the filter is shown");
                if (row == 3 && column.equals("moved7")) {
                    movedUrl = browser.getCurrentUrl();
                    assertTrue(browser.findElement(By.id(TABLE)).getText().contains(company), "the customer invited now");
                    Screenshots.take(session, "links-moved-list");
                }
            }
        }
        // the filter is cleared with its button: the list shows all again, without the chip
        browser.get(movedUrl);
        session.settle();
        long moved = totalRows();
        session.click(By.id("customersForm:clearMoved"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("customersForm:movedFilterText")));
        session.settle();
        assertTrue(totalRows() >= moved, "without the filter the list shows at least as many");

        attention("withoutLocation", TABLE, "customersForm:locationFilterText");
        attention("invitationsExpiring", INVITATIONS, "invitationsForm:expiringFilterText");
        attention("mailsNotDelivered", INVITATIONS, "invitationsForm:mailFilterText");
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        session.settle();
        Screenshots.take(session, "links-dashboard");
        browser.get(SystemTestServer.baseUrl() + "/vendor/invitations.xhtml?expiring=soon&mail=undelivered");
        session.settle();
        Screenshots.take(session, "links-invitations");
        session.click(By.id("invitationsForm:clearExpiring"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("invitationsForm:expiringFilterText")));
        assertTrue(session.text(By.id("invitationsForm:mailFilterText")).contains("not delivered"), "the other stays");

        // in German: the filters say so in German
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        browser.get(movedUrl);
        session.settle();
        assertTrue(session.text(By.id("customersForm:movedFilterText")).contains("gekommen"), "German filter text");
        Screenshots.take(session, "links-moved-list-de");
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        session.settle();
        Screenshots.take(session, "links-dashboard-de");
        browser.get(SystemTestServer.baseUrl() + "/vendor/invitations.xhtml?expiring=soon&mail=undelivered");
        session.settle();
        assertTrue(session.text(By.id("invitationsForm:mailFilterText")).contains("nicht zugestellt"), "German filter text");
        Screenshots.take(session, "links-invitations-de");

        // another vendor following the same link sees its own customers only, never this one
        restartBrowser();
        session.signIn(DemoData.BALTIC_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        browser.get(movedUrl);
        session.settle();
        assertFalse(browser.findElement(By.id(TABLE)).getText().contains(company), "another vendor's customer");
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml?location=none&bans=ALL");
        session.settle();
        assertFalse(browser.findElement(By.id(TABLE)).getText().contains(company), "another vendor's customer");
    }

    /** Follows a "needs attention" link; the list shows its filter and as many rows as the dashboard counted. */
    private void attention(String id, String table, String filterText) {
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        long counted = Long.parseLong(session.text(By.cssSelector("#" + id + " .cb-attention-count")).replaceAll("\\D", ""));
        session.click(By.id(id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(table)));
        session.settle();
        assertEquals(counted, listTotal(session, browser, table), id + ": the list shows as many rows as the dashboard counted");
        assertFalse(session.text(By.id(filterText)).isBlank(), id + ": the filter is shown");
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
