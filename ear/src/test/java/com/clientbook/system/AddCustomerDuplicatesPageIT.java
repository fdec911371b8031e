package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duplicate check of the "Add customer" dialog in a real browser (docs/product-rules.md rule 1): Alpine types, with
 * a typo, a company only Baltic supplies, at the same postal code, and is offered to link it instead, or to create a
 * new one anyway. Each test makes its Baltic customer through the API with a name no other run uses, so linking it
 * works again on every run.
 */
class AddCustomerDuplicatesPageIT extends BrowserTest {

    @Test
    void aNearDuplicateIsOfferedAndLinkedInsteadWithTheCustomerNumber() throws Exception {
        String unique = unique();
        String existing = "Brauhaus Zum Anker " + unique;
        addAtBaltic(existing, "anker-" + unique + "@brauhaus.example");
        session.signIn(DemoData.ALPINE_ADMIN);
        String number = "DUP-" + unique;

        WebElement dialog = fillAddDialog("Brauhaus Zum Ankr " + unique, "office-" + unique + "@brauhaus.example", number);
        browser.findElement(By.id("addCustomerForm:save")).click();

        WebElement offer = offeredRow(existing);
        assertTrue(offer.getText().contains("80331") && offer.getText().contains("München"), offer.getText());
        assertFalse(offer.getText().contains("@"), "the offer never shows another vendor's customer's e-mail");
        offer.findElement(By.cssSelector("button[id$=':linkInstead']")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Customer " + existing + " linked."));

        List<WebElement> rows = filterByName(unique);
        assertEquals(1, rows.size(), "linked, not copied: one customer, under the existing company's name");
        assertTrue(rows.get(0).getText().contains(existing) && rows.get(0).getText().contains(number), rows.get(0).getText());
    }

    @Test
    void aNearDuplicateCanStillBeCreatedAnyway() throws Exception {
        String unique = unique();
        String existing = "Weinstube Am Markt " + unique;
        addAtBaltic(existing, "markt-" + unique + "@weinstube.example");
        session.signIn(DemoData.ALPINE_ADMIN);
        String typed = "Weinstube Am Markt " + unique + " Zwei";

        WebElement dialog = fillAddDialog(typed, "zwei-" + unique + "@weinstube.example", null);
        browser.findElement(By.id("addCustomerForm:save")).click();
        offeredRow(existing);
        browser.findElement(By.id("addCustomerForm:createAnyway")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Customer " + typed + " added."));

        List<WebElement> rows = filterByName(unique);
        assertEquals(1, rows.size(), "Alpine has only the new company, not Baltic's");
        assertTrue(rows.get(0).getText().contains(typed), rows.get(0).getText());
    }

    private WebElement fillAddDialog(String name, String email, String customerNumber) {
        browser.findElement(By.id("customersForm:addCustomer")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.type("addCustomerForm:companyName:input", name);
        session.type("addCustomerForm:email:input", email);
        session.type("addCustomerForm:postalCode:input", "80331");
        session.type("addCustomerForm:city:input", "München");
        if (customerNumber != null) {
            session.type("addCustomerForm:customerNumber:input", customerNumber);
        }
        return dialog;
    }

    private WebElement offeredRow(String name) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerForm:duplicatesIntro")));
        return wait.until(driver -> driver.findElements(By.cssSelector("#addCustomerForm\\:duplicateTable_data tr[data-ri]"))
                .stream().filter(row -> row.getText().contains(name)).findFirst().orElse(null));
    }

    private List<WebElement> filterByName(String name) {
        WebElement filter = browser.findElement(By.id("customersForm:customers:companyName:filter"));
        filter.clear();
        filter.sendKeys(name);
        wait.until(driver -> {
            List<WebElement> rows = rows();
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(name));
        });
        return rows();
    }

    /** A customer of Baltic's only, at the postal code Alpine then types. */
    private static void addAtBaltic(String name, String email) {
        SystemTestServer.addCustomer(DemoData.BALTIC_API_KEY, SystemTestServer.JSON.createObjectNode()
                .put("companyName", name).put("email", email).put("postalCode", "80331").put("city", "München")
                .put("sendInvitation", false));
    }

    private List<WebElement> rows() {
        return session.rows("customersForm:customers");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
