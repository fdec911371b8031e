package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Custom fields in the customer list (issue 17), in a real browser: the fields "shown in the list" are columns written
 * in the page's language, the "filterable" ones are filtered above the table (a range of numbers and dates, a fragment
 * of text, one choice; a wrong number or date refused at its input), both exports carry every active field (text
 * neutralised against formulas), and another vendor sees none of them.
 */
class CustomFieldListIT extends BrowserTest {

    private final String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String turnover = "Turnover " + unique;
    private final String zone = "Zone " + unique;
    private final String since = "Since " + unique;
    private final String note = "Note " + unique;
    private final String tier = "Tier " + unique;

    @Test
    void listedFieldsAreColumnsFilterableOnesFilterTheListAndTheExportsCarryThemAllForTheVendorOnly() throws Exception {
        List<Long> fields = new ArrayList<>();
        long balticField = 0;
        try {
            fields.add(define("turnover" + unique, turnover, "Umsatz " + unique, "DECIMAL", true, true));
            fields.add(define("zone" + unique, zone, "Zone " + unique, "TEXT", true, true));
            fields.add(define("since" + unique, since, "Seit " + unique, "DATE", false, true));
            fields.add(define("note" + unique, note, "Notiz " + unique, "TEXT", false, false));
            ObjectNode choice = field("tier" + unique, tier, "Stufe " + unique, "CHOICE", true, true);
            choice.putArray("options").add("Gold").add("Silver");
            fields.add(created(choice));
            balticField = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/custom-fields",
                    DemoData.BALTIC_API_KEY, field("secret" + unique, "Secret " + unique, "Geheim " + unique, "TEXT",
                            true, true))).get("id").asLong();

            customer("North", "{\"turnover%1$s\": 1234.5, \"zone%1$s\": \"North side\", \"since%1$s\": \"2026-03-01\", "
                    + "\"note%1$s\": \"=cmd\", \"tier%1$s\": \"Gold\"}");
            customer("South", "{\"turnover%1$s\": 12, \"zone%1$s\": \"South\", \"since%1$s\": \"2025-01-01\", "
                    + "\"tier%1$s\": \"Silver\"}");
            customer("Empty", "{}");

            session.signIn(DemoData.ALPINE_ADMIN);
            wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
            browser.findElement(By.id("customersForm:customers:labels:filter")).sendKeys(unique);
            wait.until(d -> rows().size() == 3);
            String table = session.text(By.id("customersForm:customers"));
            assertTrue(table.contains(turnover) && table.contains(zone) && table.contains(tier), table);
            assertFalse(table.contains(note) || table.contains(since), "fields not shown in the list: " + table);
            assertTrue(table.contains("1,234.5") && table.contains("North side") && table.contains("Gold"), table);
            assertFalse(browser.getPageSource().contains("Secret " + unique), "another vendor's field is nowhere");

            openFilters();
            typeAt(turnover + " (from)", "twenty");
            session.click(By.id("customersForm:applyFieldFilters"));
            wait.until(d -> session.text(By.id("customersForm:fieldFilters")).contains("Enter a number"));
            assertEquals(3, rows().size(), "a wrong number filters nothing");
            session.settle();
            session.screenshot("customer-list-fields-wrong-en-1440");

            typeAt(turnover + " (from)", "20");
            apply();
            wait.until(d -> onlyRow("Fields North " + unique));
            typeAt(turnover + " (from)", "");
            typeAt(zone + " (contains)", "SOUTH");
            apply();
            wait.until(d -> onlyRow("Fields South " + unique));
            typeAt(zone + " (contains)", "");
            typeAt(since + " (to)", "2025-12-31");
            apply();
            wait.until(d -> onlyRow("Fields South " + unique));
            typeAt(since + " (to)", "");
            typeAt(turnover + " (from)", "20");
            apply();
            wait.until(d -> onlyRow("Fields North " + unique));
            session.settle();
            session.screenshot("customer-list-fields-en-1440");

            // the exports: the filtered list, every active field as a column, text neutralised, numbers as the list writes them
            String csvText = new String(download("exportCsv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<CSVRecord> csv = CSVFormat.DEFAULT.parse(new StringReader(csvText)).getRecords();
            assertEquals(2, csv.size(), csvText);
            assertTrue(csv.get(0).toList().containsAll(List.of(turnover, zone, since, note, tier)), csvText);
            assertFalse(csvText.contains("Secret " + unique), csvText);
            assertTrue(csv.get(1).toList().containsAll(List.of("1,234.5", "North side", "2026-03-01", "'=cmd", "Gold")),
                    csv.get(1).toList().toString());
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("exportXlsx")))) {
                Sheet sheet = workbook.getSheetAt(0);
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertTrue(headers.containsAll(List.of(turnover, zone, since, note, tier)), headers.toString());
                List<String> cells = new ArrayList<>();
                sheet.getRow(1).forEach(cell -> cells.add(new DataFormatter().formatCellValue(cell)));
                assertTrue(cells.containsAll(List.of("1,234.5", "'=cmd", "Gold")), cells.toString());
            }
            session.click(By.id("customersForm:clearFieldFilters"));
            wait.until(d -> rows().size() == 3);

            // German, on a phone: numbers and dates written and read the German way
            restartBrowser("de-DE");
            session.signIn(DemoData.ALPINE_ADMIN);
            wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
            // the labels column (and its filter) is hidden on a phone: filter at desktop width, then narrow the window
            browser.findElement(By.id("customersForm:customers:labels:filter")).sendKeys(unique);
            wait.until(d -> rows().size() == 3);
            session.viewport(390, 844);
            openFilters();
            typeAt("Seit " + unique + " (von)", "32.12.2025");
            session.click(By.id("customersForm:applyFieldFilters"));
            wait.until(d -> session.text(By.id("customersForm:fieldFilters")).contains("31.12.2026"));
            session.settle();
            session.screenshot("customer-list-fields-wrong-de-390");
            assertEquals(0, session.overflow(), "the filters are no wider than a phone");
            typeAt("Seit " + unique + " (von)", "01.01.2026");
            typeAt("Umsatz " + unique + " (von)", "1.000");
            apply();
            wait.until(d -> onlyRow("Fields North " + unique));
            session.settle();
            session.screenshot("customer-list-fields-de-390");
            assertEquals(0, session.overflow(), "the filtered list is no wider than a phone");
            session.fullWindow();
            wait.until(d -> session.text(By.id("customersForm:customers")).contains("1.234,5"));

            // another vendor: none of these fields, and its own field's filter finds none of these customers
            restartBrowser();
            session.signIn(DemoData.BALTIC_ADMIN);
            wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
            String page = browser.getPageSource();
            assertFalse(page.contains(turnover) || page.contains(zone) || page.contains(tier), "another vendor's fields");
            openFilters();
            typeAt("Secret " + unique + " (contains)", "North");
            session.click(By.id("customersForm:applyFieldFilters"));
            wait.until(d -> rows().isEmpty() || session.text(By.id("customersForm:customers")).contains("No customers"));
            // its own field's column header carries the unique word: none of the first vendor's customers is a row
            assertFalse(session.text(By.id("customersForm:customers")).contains("Fields North " + unique),
                    "another vendor's filter finds none of these customers");
        } finally {
            fields.forEach(id -> SystemTestServer.sendText("DELETE", "/api/v1/custom-fields/" + id,
                    DemoData.ALPINE_API_KEY, "application/json", ""));
            if (balticField != 0) {
                SystemTestServer.sendText("DELETE", "/api/v1/custom-fields/" + balticField, DemoData.BALTIC_API_KEY,
                        "application/json", "");
            }
        }
    }

    private ObjectNode field(String key, String labelEn, String labelDe, String type, boolean inList, boolean filterable) {
        return JSON.createObjectNode().put("key", key).put("labelEn", labelEn).put("labelDe", labelDe).put("type", type)
                .put("inList", inList).put("filterable", filterable);
    }

    private long define(String key, String labelEn, String labelDe, String type, boolean inList, boolean filterable) {
        return created(field(key, labelEn, labelDe, type, inList, filterable));
    }

    private long created(ObjectNode field) {
        return SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/custom-fields", DemoData.ALPINE_API_KEY,
                field)).get("id").asLong();
    }

    private void customer(String name, String values) {
        ObjectNode customer = JSON.createObjectNode().put("companyName", "Fields " + name + " " + unique)
                .put("email", "cf-list-" + name.toLowerCase() + "-" + unique + "@example.com").put("sendInvitation", false);
        customer.putArray("labels").add(unique);
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, customer).get("id").asLong();
        var patched = SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/json", "{\"customFields\": " + values.formatted(unique) + "}");
        assertEquals(200, patched.statusCode(), patched.body());
    }

    private void openFilters() {
        WebElement legend = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#customersForm\\:fieldFilters legend")));
        legend.click();
        session.settle();
    }

    private String inputFor(String label) {
        By located = By.xpath("//fieldset[@id='customersForm:fieldFilters']//label[normalize-space()='" + label + "']");
        // "Filter" renders the filters anew: the label is looked up again when it was replaced meanwhile
        String id = wait.until(d -> {
            try {
                WebElement found = d.findElement(located);
                return found.isDisplayed() ? found.getAttribute("for") : null;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return null;
            }
        });
        // a menu's label points at its focus element; the menu itself has the id before that
        return id.replaceAll("_(input|focus)$", "");
    }

    private void typeAt(String label, String value) {
        session.type(inputFor(label), value);
    }

    /** "Filter", and the filters rendered anew and the table read again before going on. */
    private void apply() {
        session.click(By.id("customersForm:applyFieldFilters"));
        session.settle();
    }

    private boolean onlyRow(String name) {
        List<WebElement> rows = rows();
        return rows.size() == 1 && rows.get(0).getText().contains(name);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#customersForm\\:customers_data tr[data-ri]"));
    }

    private byte[] download(String button) {
        return CustomerListExportIT.download(browser, button);
    }
}
