package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer list's label filter and CSV export in a real browser, against the EAR in demo mode
 * ({@code clientbook.baseUrl}). The export is fetched by the page itself (its form, its session), so the test
 * reads the very file the CSV button sends, without a download directory.
 */
class CustomerListExportIT extends BrowserTest {

    private final String token = "ex" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    @Test
    void aVendorFiltersByLabelAndExportsOnlyThoseCustomersWithFormulasNeutralised() throws Exception {
        String formulaName = "=1+2 Export " + token;
        add(formulaName, "a", List.of(token));
        add("Unlabelled Export " + token, "b", List.of());

        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));

        WebElement labelFilter = browser.findElement(By.id("customersForm:customers:labels:filter"));
        labelFilter.sendKeys(token.toUpperCase());
        wait.until(driver -> {
            List<WebElement> rows = rows();
            return rows.size() == 1 && rows.get(0).getText().contains(formulaName);
        });
        assertTrue(rows().get(0).getText().contains(token), "the row shows its label");

        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('customersForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('customersForm:exportCsv', '');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(response => response.text()).then(done, error => done('failed: ' + error));
                """);

        assertTrue(csv.contains("'" + formulaName), csv);
        assertFalse(csv.contains("Unlabelled Export " + token), csv);
        assertEquals(2, csv.strip().lines().count(), "a header and one customer: " + csv);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#customersForm\\:customers_data tr[data-ri]"));
    }

    private void add(String name, String variant, List<String> labels) {
        ObjectNode customer = SystemTestServer.JSON.createObjectNode()
                .put("companyName", name)
                .put("email", token + "-" + variant + "@system-test.example")
                .put("sendInvitation", false);
        labels.forEach(customer.putArray("labels")::add);
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, customer);
    }
}
