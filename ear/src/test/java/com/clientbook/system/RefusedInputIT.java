package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refused form keeps every value as typed, with the refused field marked, and its dialog keeps its size (issue 13):
 * the Add customer dialog over two rounds of refusals (the fields' own rules, then a customer number that is taken),
 * and the ban dialog in German, which takes a German date, keeps a refused one as typed, and keeps the typed reason
 * when Escape closes its calendar.
 */
class RefusedInputIT extends BrowserTest {

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRefusedAddCustomerKeepsWhatWasTypedAndItsWidth() {
        String takenNumber = "KEEP-" + unique;
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("companyName", "Taken " + unique)
                .put("email", "taken-" + unique + "@keep.example").put("customerNumber", takenNumber)
                .put("sendInvitation", false));
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        session.click(By.id("customersForm:addCustomer"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        int width = dialog.getSize().getWidth();

        String longName = "Kept " + unique + " " + "x".repeat(300);
        session.type("addCustomerForm:companyName:input", longName);
        session.type("addCustomerForm:email:input", "bad@@x");
        session.type("addCustomerForm:customerNumber:input", takenNumber);
        session.type("addCustomerForm:city:input", "München");
        session.click(By.id("addCustomerForm:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#addCustomerForm\\:email .ui-message-error")));
        session.settle();

        assertEquals("bad@@x", value("addCustomerForm:email:input"), "the refused e-mail stays as typed");
        assertEquals(longName, value("addCustomerForm:companyName:input"), "the refused name stays as typed");
        assertEquals(takenNumber, value("addCustomerForm:customerNumber:input"));
        assertEquals("München", value("addCustomerForm:city:input"));
        assertTrue(marked("addCustomerForm:email:input") && marked("addCustomerForm:companyName:input"));
        assertEquals(width, dialog.getSize().getWidth(), 2, "the dialog keeps its width");

        session.type("addCustomerForm:companyName:input", "Kept " + unique);
        session.type("addCustomerForm:email:input", "kept-" + unique + "@keep.example");
        session.click(By.id("addCustomerForm:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#addCustomerForm\\:customerNumber .ui-message-error")));
        session.settle();
        assertEquals(takenNumber, value("addCustomerForm:customerNumber:input"), "the taken number stays as typed");
        assertTrue(marked("addCustomerForm:customerNumber:input"));
        assertEquals("kept-" + unique + "@keep.example", value("addCustomerForm:email:input"));
        assertEquals(width, dialog.getSize().getWidth(), 2, "the dialog keeps its width");
        session.screenshot("refused-add-customer-1400");
    }

    @Test
    void theBanDialogTakesAGermanDateAndEscapeClosesOnlyTheCalendar() {
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Gesperrt " + unique).put("email", "ban-" + unique + "@keep.example")
                .put("sendInvitation", false)).get("id").asLong();
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        session.click(By.id("banActions:ban"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banDialog")));
        session.type("banForm:reason:input", "Zahlt nicht " + unique);
        assertFalse(calendarOpen(), "the calendar opens on its button, not when the field is entered");

        session.click(By.cssSelector("#banForm\\:until\\:input .ui-datepicker-trigger"));
        wait.until(driver -> calendarOpen());
        session.screenshot("ban-dialog-calendar-de-1400");
        browser.findElement(By.id("banForm:until:input_input")).sendKeys(Keys.ESCAPE);
        wait.until(driver -> !calendarOpen());
        assertTrue(dialog.isDisplayed(), "Escape closed the calendar only");
        assertEquals("Zahlt nicht " + unique, value("banForm:reason:input"));

        session.type("banForm:until:input_input", "31.12.2099");
        session.click(By.id("banForm:confirmBan"));
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("banActions:banUntil"), "2099"));
        assertTrue(browser.findElement(By.id("banActions:banUntil")).getText().contains("31"),
                browser.findElement(By.id("banActions:banUntil")).getText());
    }

    @Test
    void aDateThatIsNoDateIsRefusedInOurWords() {
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Kein Datum " + unique).put("email", "nodate-" + unique + "@keep.example")
                .put("sendInvitation", false)).get("id").asLong();
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        session.click(By.id("banActions:ban"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banDialog")));
        session.type("banForm:reason:input", "Grund " + unique);
        session.type("banForm:until:input_input", "2099-13-45");
        session.click(By.id("banForm:confirmBan"));
        String message = session.text(By.cssSelector("#banForm\\:until .ui-message-error"));
        assertFalse(message.contains("Überprüfungsfehler") || message.contains("Validation Error"), message);
        assertTrue(message.startsWith("Letzter Tag"), message);
        assertEquals("Grund " + unique, value("banForm:reason:input"));
        wait.until(driver -> "2099-13-45".equals(value("banForm:until:input_input")));
        session.screenshot("ban-dialog-refused-de-1400");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private boolean marked(String id) {
        return browser.findElement(By.id(id)).getAttribute("class").contains("ui-state-error");
    }

    private boolean calendarOpen() {
        return !browser.findElements(By.cssSelector(".ui-datepicker.ui-input-overlay")).stream()
                .filter(WebElement::isDisplayed).toList().isEmpty();
    }
}
