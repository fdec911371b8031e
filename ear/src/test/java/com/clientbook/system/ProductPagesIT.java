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
 * The products page in a browser against the EAR with the demo data: Alpine's admin adds a product restricted to
 * one of Alpine's labels, edits it with wrong input (each error at its field, nothing saved) and then right, and
 * deactivates it; the page and the dialog with an error in German on a phone; Baltic's list does not show Alpine's
 * product, and a customer's person cannot open the page.
 */
class ProductPagesIT extends BrowserTest {

    private static final String TABLE = "productsForm:products";
    private static final int PHONE = 390;

    private final String token = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void aVendorAddsEditsWithWrongInputAndDeactivatesAProduct() {
        session.signIn(DemoData.ALPINE_ADMIN);
        session.click(By.id("menuForm:productsItem"));
        wait.until(ExpectedConditions.urlContains("/vendor/products.xhtml"));
        wait.until(driver -> session.rows(TABLE).size() >= 12);
        session.settle();
        session.screenshot("products-1440");

        // add, restricted to the label Alpine's premium customers carry
        session.click(By.id("productsForm:newProduct"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));
        session.type("productForm:articleNumber:input", "P-" + token);
        session.type("productForm:name:input", "Truffle butter " + token);
        session.type("productForm:packSize:input", "6");
        session.type("productForm:price:input", "3.5");
        session.type("productForm:currency:input", "eur");
        session.choose("productForm:restrictedToLabel:input", DemoData.PREMIUM_LABEL);
        session.click(By.id("productForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("productDialog")));
        search(token);
        String row = session.rows(TABLE).get(0).getText();
        assertTrue(row.contains("P-" + token) && row.contains("3.50 EUR") && row.contains("6 × piece")
                   && row.contains(DemoData.PREMIUM_LABEL) && row.contains("Active"), row);

        // edit with wrong input: each problem at its field, the dialog stays, nothing is saved
        session.click(By.id(TABLE + ":0:edit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));
        wait.until(driver -> ("P-" + token).equals(driver.findElement(By.id("productForm:articleNumber:input")).getDomProperty("value")));
        session.type("productForm:packSize:input", "0");
        session.type("productForm:name:input", "Renamed " + token);
        session.click(By.id("productForm:save"));
        assertEquals("The pack size must be more than 0.", session.text(By.cssSelector("[id='productForm:packSize'] .ui-message-error")));
        session.settle();
        session.screenshot("products-dialog-error-1440");
        session.type("productForm:packSize:input", "12");
        session.type("productForm:price:input", "abc");
        session.click(By.id("productForm:save"));
        assertTrue(session.text(By.cssSelector("[id='productForm:price'] .ui-message-error")).startsWith("Please enter a number"));
        session.type("productForm:price:input", "4.2");
        session.type("productForm:currency:input", "");
        session.click(By.id("productForm:save"));
        assertEquals("A price needs its currency, such as EUR.",
                session.text(By.cssSelector("[id='productForm:currency'] .ui-message-error")));
        assertTrue(browser.findElement(By.id("productDialog")).isDisplayed(), "the dialog stays open with the errors");
        session.type("productForm:currency:input", "EUR");
        session.click(By.id("productForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("productDialog")));
        wait.until(driver -> session.rows(TABLE).get(0).getText().contains("Renamed " + token));
        row = session.rows(TABLE).get(0).getText();
        assertTrue(row.contains("12 × piece") && row.contains("4.20 EUR"), row);

        // deactivate, confirmed; it stays in the list, inactive, and can be activated again
        session.click(By.id(TABLE + ":0:deactivate"));
        session.click(By.id("productsForm:confirmYes"));
        wait.until(driver -> session.rows(TABLE).get(0).getText().contains("Inactive"));
        assertFalse(browser.findElements(By.id(TABLE + ":0:reactivate")).isEmpty());
        assertTrue(SystemTestServer.apiGetOk("/api/v1/products?active=false&q=" + token, DemoData.ALPINE_API_KEY)
                .get("totalItems").asLong() == 1, "deactivated for the API too");

        // another vendor's list does not show it
        restartBrowser();
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/products.xhtml");
        search(token);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#productsForm\\:products .ui-datatable-empty-message")));
        assertTrue(session.rows(TABLE).isEmpty());

        // a customer's person cannot open the page at all
        restartBrowser();
        session.signIn(DemoData.CUSTOMER_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/products.xhtml");
        assertTrue(browser.findElements(By.id("productsForm")).isEmpty(), "no products page for a customer");
        assertFalse(browser.getPageSource().contains("P-" + token));
    }

    @Test
    void thePageAndAnErrorInGermanOnAPhone() {
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_STAFF);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/products.xhtml");
        wait.until(driver -> session.rows(TABLE).size() >= 12);
        assertEquals("Artikel", session.text(By.tagName("h1")));
        session.settle();
        assertEquals(0, session.overflow(), "the list is no wider than a phone");
        session.screenshot("products-de-390");

        session.click(By.id("productsForm:newProduct"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));
        session.type("productForm:articleNumber:input", "DE-" + token);
        session.type("productForm:name:input", "Bergkäse " + token);
        session.type("productForm:packSize:input", "-2,5");
        session.click(By.id("productForm:save"));
        assertEquals("Die Packungsgröße muss größer als 0 sein.",
                session.text(By.cssSelector("[id='productForm:packSize'] .ui-message-error")));
        session.settle();
        assertEquals(0, session.overflow(), "the dialog is no wider than a phone");
        session.screenshot("products-dialog-error-de-390");
        session.type("productForm:packSize:input", "2,5");
        session.click(By.id("productForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("productDialog")));
        search(token);
        assertTrue(session.rows(TABLE).get(0).getText().contains("2,5 × Stück"), session.rows(TABLE).get(0).getText());
        session.fullWindow();
        session.settle();
        session.screenshot("products-de-1440");
    }

    private void search(String text) {
        session.type("productsForm:products:search", text);
        wait.until(driver -> session.rows(TABLE).size() <= 1);
        session.settle();
    }
}
