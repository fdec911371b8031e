package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer list's label filter and its CSV and Excel exports in a real browser, against the EAR in demo mode
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

    @Test
    void bothExportsStartWithTheHeadersAndOfferAllOfACustomersDataBannedOnesIncluded() throws Exception {
        ObjectNode customer = SystemTestServer.JSON.createObjectNode()
                .put("companyName", "Full Export " + token)
                .put("email", token + "-full@system-test.example")
                .put("contactFirstName", "Clara")
                .put("contactLastName", "Contact")
                .put("phone", "+43 1 555 0101")
                .put("street", "Ringstraße 7")
                .put("postalCode", "1010")
                .put("city", "Wien")
                .put("country", "AT")
                .put("customerNumber", "FX-" + token)
                .put("sendInvitation", false);
        customer.putArray("labels").add(token);
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, customer).get("id").asLong();
        var banned = SystemTestServer.sendJson("POST", "/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY,
                SystemTestServer.JSON.createObjectNode().put("reason", "Export test"));
        assertEquals(200, banned.statusCode(), banned.body());

        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
        // the list reads ?bans= as the dashboard's links set it: banned customers are in this list too
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml?bans=ALL");
        browser.findElement(By.id("customersForm:customers:labels:filter")).sendKeys(token);
        wait.until(driver -> rows().size() == 1 && rows().get(0).getText().contains("Full Export " + token));

        // a cell starting with "+" gets a leading quote (ExportCells: a spreadsheet would read it as a formula)
        List<String> expected = List.of("Full Export " + token, "FX-" + token, "Wien", "Prospect", token,
                token + "-full@system-test.example", "'+43 1 555 0101", "Clara Contact", "Ringstraße 7", "1010", "AT", "Banned");

        String csvText = new String(download("exportCsv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> csv = CSVFormat.DEFAULT.parse(new StringReader(csvText)).getRecords();
        assertEquals(2, csv.size(), "the header row and the one customer, nothing above them: " + csvText);
        assertEquals("Company name", csv.get(0).get(0), "the file starts with the column headers: " + csvText);
        assertTrue(csv.get(1).toList().containsAll(expected), csv.get(1).toList() + " has " + expected);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("exportXlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Company name", sheet.getRow(0).getCell(0).getStringCellValue(), "A1 is the first column's header");
            assertEquals(1, sheet.getLastRowNum(), "the header row and the one customer");
            List<String> cells = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> cells.add(new DataFormatter().formatCellValue(cell)));
            assertTrue(cells.containsAll(expected), cells + " has " + expected);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertTrue(headers.containsAll(List.of("E-mail address", "Phone", "Contact person", "Street", "Postal code",
                    "Country", "Ban", "Labels", "Status", "Next delivery")), headers.toString());
        }
    }

    private byte[] download(String button) {
        return download(browser, button);
    }

    /** The file an export button of the customer list sends, fetched by the page itself (its form, its session). */
    static byte[] download(org.openqa.selenium.WebDriver browser, String button) {
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('customersForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('customersForm:' + arguments[0], '');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(response => response.arrayBuffer())
                    .then(buffer => {
                        let text = '';
                        new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b));
                        done(btoa(text));
                    }, error => done('failed: ' + error));
                """, button);
        return Base64.getDecoder().decode(base64);
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
