package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ERP reconciliation page in a real browser: upload, a mapping without the number refused at its field, the
 * report, one proposal accepted; on a phone and in German; another vendor's reconciliation is not shown.
 */
class ReconciliationPageIT extends BrowserTest {

    private static final int PHONE = 390;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aVendorUploadsMapsReadsTheReportAndAcceptsOneProposal() throws IOException {
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("companyName", "Page Recon Stube " + unique)
                .put("email", "page-recon-" + unique + "@recon.example").put("postalCode", "6020").put("city", "Innsbruck")
                .put("sendInvitation", false));
        session.signIn(DemoData.ALPINE_ADMIN);
        session.click(By.id("menuForm:reconciliationItem"));
        wait.until(ExpectedConditions.urlContains("/vendor/reconciliation.xhtml"));

        // a header of its own, so that no mapping remembered from an earlier run chooses it
        String numberHeader = "Debitor " + unique;
        upload(numberHeader + ";Firma;E-Mail;PLZ\n"
               + "PR-" + unique + ";Page Recon Stube " + unique + ";page-recon-" + unique + "@recon.example;6020\n");
        // no header the import knows for the number: no column for it yet, refused at its field
        assertEquals("(none)", session.text(By.id("uploadForm:column_customerNumber_label")));
        session.click(By.id("uploadForm:reconcile"));
        wait.until(driver -> session.text(By.id("uploadForm:mapping")).contains("Choose the column of the file that holds this."));
        Screenshots.take(session, "reconciliation-mapping-refused-en");
        session.choose("uploadForm:column_customerNumber", numberHeader);
        session.click(By.id("uploadForm:reconcile"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:report")));
        assertTrue(session.text(By.id("reportForm:summary")).startsWith("1 row read"), session.text(By.id("reportForm:summary")));

        session.choose("reportForm:kindFilter", "Probable matches");
        wait.until(driver -> session.text(By.id("reportForm:findings")).contains("PR-" + unique));
        String row = session.text(By.id("reportForm:findings"));
        assertTrue(row.contains("e-mail equal"), row);
        Screenshots.take(session, "reconciliation-report-en");
        By accept = By.xpath("//tr[contains(., 'PR-" + unique + "')]//button[contains(@id, ':accept')]");
        session.click(accept);
        wait.until(driver -> session.text(By.id("reportForm:reportMessages")).contains("Customer numbers assigned: 1"));
        assertEquals("PR-" + unique, SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/PR-" + unique,
                DemoData.ALPINE_API_KEY).get("customerNumber").asText());

        session.viewport(PHONE, 844);
        session.settle();
        session.screenshot("phone-reconciliation-390");
        assertEquals(0, session.overflow(), "the report is no wider than a phone");
    }

    @Test
    void inGermanAnotherVendorsReconciliationIsNotShownAndAWrongFileIsRefused() throws IOException {
        long alpine = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/reconciliations", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("source", "alpine-" + unique).set("rows", JSON.createArrayNode()
                        .add(JSON.createObjectNode().put("customerNumber", "X-" + unique).put("name", "X " + unique)))))
                .get("id").asLong();
        restartBrowser("de-DE");
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/reconciliation.xhtml?id=" + alpine);
        wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
        assertFalse(session.text(By.tagName("main")).contains("alpine-" + unique), "another vendor's report is not shown");

        upload("\0\0binary");
        wait.until(driver -> session.text(By.id("uploadForm:messages")).contains("abgelehnt"));
        Screenshots.take(session, "reconciliation-refused-de");
        session.viewport(PHONE, 844);
        session.settle();
        session.screenshot("phone-reconciliation-de-390");
        assertEquals(0, session.overflow(), "the page is no wider than a phone");
    }

    private void upload(String content) throws IOException {
        Path file = Files.createTempFile("erp-" + unique, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(file.toString());
        session.click(By.id("uploadForm:readColumns"));
        wait.until(ExpectedConditions.urlContains("/vendor/reconciliation.xhtml"));
    }
}
