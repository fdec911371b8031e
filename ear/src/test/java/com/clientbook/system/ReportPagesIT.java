package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard and the customer activity report in a browser (issue 16), signed in once: the charts are drawn, a
 * "needs attention" count opens the customer list filtered to those customers, which shows as many; the activity
 * report lists the customer who ordered today first, refuses a "gone quiet" of 0 days at the field and keeps the
 * value, and filters with a good one.
 */
class ReportPagesIT extends BrowserTest {

    private static final String LIST = "customersForm:customers";

    @Test
    void reportsDashboardLinksAgreeWithTheListAndTheActivityReportFilters() throws java.sql.SQLException {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        VendorOrderPagesIT.placeOrderOnARoute(unique);
        String orderedToday = "Vendor Orders Bistro " + unique;
        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));

        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        session.settle();
        for (String chart : new String[]{"funnelChart", "ordersChart", "newCustomersChart", "invitationsChart"}) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " is drawn");
        }
        // the top 10 lists may be up to 5 minutes old (kept per vendor), so only their tables' presence is checked
        assertFalse(browser.findElements(By.id("topProducts")).isEmpty() || browser.findElements(By.id("topCustomers")).isEmpty());
        assertTrue(session.text(By.id("ordersSoFar")).matches(".*\\d+.*\\d+.*"), "this week and last, in numbers");
        session.screenshot("report-dashboard-1440");
        for (String attention : new String[]{"withoutNumber", "withoutRoute"}) {
            browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
            long counted = Long.parseLong(session.text(By.cssSelector("#" + attention + " .cb-attention-count")).replaceAll("\\D", ""));
            session.click(By.id(attention));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(LIST)));
            session.settle();
            assertEquals(counted, totalRows(), attention + ": the list shows as many customers as the dashboard counted");
        }

        browser.get(SystemTestServer.baseUrl() + "/vendor/reports/activity.xhtml");
        session.settle();
        assertTrue(session.text(By.cssSelector("#activityForm\\:activity tbody tr")).contains(orderedToday),
                "the customer who ordered today comes first");
        assertEquals("0", session.text(By.id("activityForm:activity:0:daysSinceText")));
        session.type("activityForm:quietDays:input", "0");
        session.click(By.id("activityForm:show"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activityForm\\:quietDays .ui-message-error")));
        assertEquals("0", browser.findElement(By.id("activityForm:quietDays:input")).getAttribute("value"), "kept as typed");
        session.screenshot("report-activity-refused-1440");
        session.type("activityForm:quietDays:input", "1");
        session.click(By.id("activityForm:show"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#activityForm\\:quietDays .ui-message-error")));
        session.settle();
        assertFalse(browser.findElement(By.id("activityForm:activity")).getText().contains(orderedToday),
                "who ordered today has not gone quiet");
        session.screenshot("report-activity-quiet-1440");
    }

    private long totalRows() {
        return DashboardPageIT.listTotal(session, browser, LIST);
    }
}
