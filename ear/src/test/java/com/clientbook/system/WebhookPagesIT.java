package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Webhooks page as a vendor admin uses it, in a real browser, posting to {@link WebhookReceiver}: a refused URL is
 * marked at its field and kept, the secret is shown once, a test event is delivered signed and shows in Deliveries;
 * another vendor's admin does not see the endpoint; vendor staff cannot open the page. One test, few round trips.
 */
class WebhookPagesIT extends BrowserTest {

    private static final By MENU_ITEM = By.cssSelector("#menuForm a[href*='/vendor/webhooks.xhtml']");

    @Test
    void webhooksAnAdminRegistersAnEndpointAndSeesItsTestEventDeliveredWhereNoOtherVendorSeesIt() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        String url = receiver.newUrl("page");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.click(MENU_ITEM);
        wait.until(ExpectedConditions.urlContains("/vendor/webhooks.xhtml"));
        try {
            session.click(By.id("endpointsForm:newEndpoint"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointDialog")));
            session.type("endpointForm:url:input", "https://10.0.0.1/hooks");
            session.click(By.id("endpointForm:save"));
            assertTrue(session.text(By.cssSelector("#endpointForm\\:url .ui-message-error")).contains("inside a network"));
            assertEquals("https://10.0.0.1/hooks", browser.findElement(By.id("endpointForm:url:input")).getAttribute("value"),
                    "the refused value is kept");

            session.type("endpointForm:url:input", url);
            session.click(By.id("endpointForm:save"));
            String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointForm:secret")))
                    .getAttribute("value");
            assertTrue(secret.startsWith("whsec_"), secret);
            session.click(By.id("endpointForm:done"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("endpointDialog")));
            wait.until(driver -> driver.findElements(By.id("endpointForm:secret")).isEmpty());
            assertFalse(browser.getPageSource().contains(secret), "the page never shows the secret again");

            int row = rowOf(url);
            session.click(By.id("endpointsForm:endpoints:" + row + ":test"));
            List<WebhookReceiver.Post> posts = receiver.await(url, 1, Duration.ofSeconds(20));
            assertEquals(1, posts.size());
            assertTrue(posts.get(0).signedWith(secret), posts.get(0).toString());
            wait.until(driver -> {
                session.click(By.id("deliveriesForm:refresh"));
                session.settle();
                return session.text(By.id("deliveriesForm:deliveries")).contains("Delivered");
            });
            String deliveries = session.text(By.id("deliveriesForm:deliveries"));
            assertTrue(deliveries.contains("webhook.test") && deliveries.contains("200")
                    && deliveries.contains("receiver answered 200"), deliveries);

            session.screenshot("webhooks-deliveries-en-1440");

            restartBrowser("de-DE");
            session.signIn(DemoData.BALTIC_ADMIN);
            browser.get(SystemTestServer.baseUrl() + "/vendor/webhooks.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointsForm:endpoints")));
            assertFalse(browser.getPageSource().contains(url), "another vendor does not see the endpoint");
            session.viewport(390, 844);
            session.click(By.id("endpointsForm:newEndpoint"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointDialog")));
            session.type("endpointForm:url:input", "http://169.254.169.254/latest");
            session.click(By.id("endpointForm:save"));
            assertTrue(session.text(By.cssSelector("#endpointForm\\:url .ui-message-error")).contains("https://"),
                    "in German: " + session.text(By.cssSelector("#endpointForm\\:url .ui-message-error")));
            session.settle();
            session.screenshot("webhooks-refused-de-390");

            restartBrowser();
            session.signIn(DemoData.ALPINE_STAFF);
            assertTrue(browser.findElements(MENU_ITEM).isEmpty(), "staff have no menu entry");
            browser.get(SystemTestServer.baseUrl() + "/vendor/webhooks.xhtml");
            assertTrue(browser.findElements(By.id("endpointsForm:endpoints")).isEmpty(), "nor the page");
        } finally {
            JsonNode list = SystemTestServer.apiGetOk("/api/v1/webhooks", DemoData.ALPINE_API_KEY);
            list.get("items").forEach(item -> {
                if (item.get("url").asText().equals(url)) {
                    WebhooksApiIT.delete(DemoData.ALPINE_API_KEY, item);
                }
            });
        }
    }

    private int rowOf(String url) {
        List<org.openqa.selenium.WebElement> rows = session.rows("endpointsForm:endpoints");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(url)) {
                return Integer.parseInt(rows.get(i).getAttribute("data-ri"));
            }
        }
        throw new AssertionError("no row for " + url);
    }
}
