package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import page in a real browser: a vendor uploads a file, sees the check of every row, imports it, leaves and
 * comes back to the finished import; another vendor cannot open it; a file that is no customer list is refused.
 * Schedule and product files in English and German, with wrong input.
 */
class ImportPageIT {

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private BrowserSession session;

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aVendorChecksImportsAndComesBackToTheImport() throws IOException {
        session = BrowserSession.open("en-US");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.click(By.id("menuForm:importItem"));
        session.waiter().until(ExpectedConditions.urlContains("/vendor/import.xhtml"));

        upload("company name;email;customer number\n"
                + "Page Import " + unique + ";page-" + unique + "@import.example;P-" + unique + "\n"
                + ";broken-" + unique + "@import.example;\n");
        waitForStatus("Done");
        assertEquals("1", session.text(By.id("stateForm:created")));
        assertEquals("1", session.text(By.id("stateForm:errors")));
        // the dry run's rows on screen, each with its result, and narrowed to the errors
        String rows = session.text(By.id("stateForm:rows"));
        assertTrue(rows.contains("Page Import " + unique) && rows.contains("New customer"), rows);
        assertTrue(rows.contains("company name: missing"), rows);
        session.choose("stateForm:resultFilter", "Error");
        session.waiter().until(driver -> session.rows("stateForm:rows").size() == 1
                && session.rows("stateForm:rows").get(0).getText().contains("company name: missing"));
        assertFalse(session.text(By.cssSelector("#stateForm\\:recent td:last-child")).isBlank(), "the latest imports show when");

        session.click(By.id("uploadForm:import"));
        session.waiter().until(driver -> session.text(By.id("stateForm:state")).contains("Import of"));
        waitForStatus("Done");
        assertEquals("1", session.text(By.id("stateForm:created")));

        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/import.xhtml");
        String state = session.text(By.id("stateForm:state"));
        assertTrue(state.contains("Import of") && state.contains("Done"), state);
        String link = session.driver().findElement(By.cssSelector("#stateForm\\:recent a")).getAttribute("href");
        session.close();

        session = BrowserSession.open("en-US");
        session.signIn(DemoData.BALTIC_ADMIN);
        session.driver().get(link);
        assertFalse(session.driver().findElements(By.id("stateForm:state")).stream().anyMatch(e -> e.isDisplayed()),
                "another vendor does not see the import");
    }

    @Test
    void aFileThatIsNoCustomerListIsRefusedAtTheField() throws IOException {
        session = BrowserSession.open("en-US");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/import.xhtml");
        upload("Firma;Ort\nKrone;Wien\n");
        session.waiter().until(driver -> session.text(By.id("uploadForm:messages")).contains("The file was refused"));
        assertTrue(session.text(By.id("uploadForm:messages")).contains("\"email\""));
    }

    @Test
    void aVendorChoosesSchedulesOrProductsChecksAFileAndSeesEachRowsResult() throws Exception {
        ScheduleImportsApiIT.customerWithLocation(unique.substring(0, 6));
        session = BrowserSession.open("en-US");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/import.xhtml");
        chooseSchedules("Delivery schedules and routes");
        assertTrue(session.text(By.id("intro")).contains("delivery schedules and route assignments"));
        assertTrue(session.driver().findElements(By.id("uploadForm:sendInvitations")).isEmpty(), "no invitations for schedules");

        upload("customer number;location external id;delivery day;enabled;deadline day;deadline time;start date;interval weeks\n"
                + "SI-" + unique.substring(0, 6) + ";KITCHEN-" + unique.substring(0, 6) + ";Tuesday;yes;1;14:00;2027-01-05;2\n"
                + "NOBODY-" + unique + ";;Mon;yes;1;14:00;;53\n");
        waitForStatus("Done");
        assertTrue(session.text(By.id("stateForm:state")).contains("Delivery schedules and routes"));
        assertEquals("1", session.text(By.id("stateForm:created")));
        assertEquals("1", session.text(By.id("stateForm:errors")));
        String rows = session.text(By.id("stateForm:rows"));
        assertTrue(rows.contains("New schedule or stop") && rows.contains("Kitchen gets its own delivery schedule"), rows);
        assertTrue(rows.contains("you have no customer with the number NOBODY-" + unique), rows);
        assertTrue(rows.contains("\"53\" is not a number of weeks from 1 to 52"), rows);
        Screenshots.take(session, "schedule-import-en");

        // products: the kind's own intro, a new product and a row with wrong input, each said in words
        chooseKind(2, "pack size");
        assertTrue(session.text(By.id("intro")).contains("The article number is the key"));
        upload("article number;name;unit;pack size;price;currency\n"
                + "PP-" + unique + ";Page cheese;kg;2.5;18.90;EUR\n"
                + "PP2-" + unique + ";Page barrel;barrel;0;12.00;\n");
        waitForStatus("Done");
        assertTrue(session.text(By.id("stateForm:state")).contains("Products"));
        assertEquals("1", session.text(By.id("stateForm:created")));
        assertEquals("1", session.text(By.id("stateForm:errors")));
        rows = session.text(By.id("stateForm:rows"));
        assertTrue(rows.contains("New product"), rows);
        assertTrue(rows.contains("unit: \"barrel\" is not a unit") && rows.contains("pack size: 0 is not more than 0"), rows);
        Screenshots.take(session, "product-import-en");
    }

    @Test
    void inGermanAScheduleFileWithoutItsColumnsIsRefusedAtTheField() throws Exception {
        session = BrowserSession.open("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/import.xhtml");
        chooseSchedules("Lieferpläne und Touren");
        upload("Firma;Liefertag\nKrone;Montag\n");
        session.waiter().until(driver -> session.text(By.id("uploadForm:messages")).contains("abgelehnt"));
        Screenshots.take(session, "schedule-import-de-refused");
        upload("Kundennummer;Liefertag;Bestellschluss Tag;Bestellschluss Uhrzeit;Intervall Wochen\n"
                + "NIEMAND-" + unique + ";Funtag;1;14:00;0\n");
        waitForStatus("Fertig");
        String rows = session.text(By.id("stateForm:rows"));
        assertTrue(rows.contains("Liefertag: „funtag“ ist kein Wochentag"), rows);
        assertTrue(rows.contains("Intervall Wochen: „0“ ist keine Zahl von Wochen von 1 bis 52"), rows);
        Screenshots.take(session, "schedule-import-de");

        chooseKind(2, "Gebindegröße");
        upload("Artikelnummer;Bezeichnung;Gebindegröße\nX;Käse;1\n");
        session.waiter().until(driver -> session.text(By.id("uploadForm:messages")).contains("abgelehnt"));
        assertTrue(session.text(By.id("uploadForm:messages")).contains("„Einheit“"));
        upload("Artikelnummer;Bezeichnung;Einheit;Gebindegröße;Preis;Währung\n"
                + ";Käse;Kiste;1,5;-2;EUR\n");
        waitForStatus("Fertig");
        rows = session.text(By.id("stateForm:rows"));
        assertTrue(rows.contains("Artikelnummer: fehlt") && rows.contains("Preis: -2 ist kleiner als 0"), rows);
        Screenshots.take(session, "product-import-de");
    }

    private void chooseSchedules(String label) {
        chooseKind(1, label.startsWith("Liefer") ? "Tour-Kürzel" : "route code");
    }

    /** Chooses the n-th kind of file and waits for the upload form to name one of its columns. */
    private void chooseKind(int index, String column) {
        session.click(By.xpath("//label[@for='kindForm:kind:" + index + "']"));
        session.settle();
        session.waiter().until(driver -> session.text(By.id("sampleForm")).length() > 0
                && session.text(By.id("uploadForm")).contains(column));
    }

    private void upload(String content) throws IOException {
        Path file = Files.createTempFile("customers-" + unique, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        session.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(file.toString());
        session.click(By.id("uploadForm:check"));
        session.waiter().until(ExpectedConditions.urlContains("/vendor/import.xhtml"));
    }

    private void waitForStatus(String status) {
        session.waiter().until(driver -> session.text(By.id("stateForm:status")).contains(status));
    }
}
