package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link-customer page in a real browser: Alpine finds a company only Baltic supplies by a misspelt name,
 * links it with a customer number, sees it in its list, and is refused when it tries again.
 */
class LinkCustomerPageIT extends BrowserTest {

    @Test
    void vendorFindsACompanyByAMisspeltNameLinksItAndSeesItInTheList() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Landgasthof Kastanie " + unique + " GmbH";
        addAtBaltic(name, "kastanie-" + unique + "@link-page.example");
        String number = "LNK-" + unique;

        session.signIn(DemoData.ALPINE_ADMIN);
        browser.findElement(By.id("customersForm:linkCustomer")).click();
        wait.until(ExpectedConditions.urlContains("/vendor/link-customer.xhtml"));
        searchAndChoose("Landgastof Kastanie " + unique, name);
        assertTrue(session.text(By.id("linkForm:chosen")).contains(name));
        session.type("linkForm:customerNumber:input", number);
        browser.findElement(By.id("linkForm:link")).click();

        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Customer " + name + " linked."));
        WebElement filter = browser.findElement(By.id("customersForm:customers:companyName:filter"));
        filter.sendKeys(unique);
        wait.until(driver -> rows().size() == 1 && rows().get(0).getText().contains(name));
        assertTrue(rows().get(0).getText().contains(number), rows().get(0).getText());

        browser.get(SystemTestServer.baseUrl() + "/vendor/link-customer.xhtml");
        WebElement again = search("kastanie-" + unique + "@link-page.example", name);
        assertTrue(again.getText().contains("Already your customer (" + number + ")"), again.getText());
        assertTrue(again.findElements(By.cssSelector("button[id$=':choose']")).isEmpty(), "a customer is not offered again");
    }

    @Test
    void aNameWithoutItsAccentAndWithATypoFindsTheCompanyAndMarksYourOwnCustomer() {
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/link-customer.xhtml");

        WebElement cafe = search("Cafe Centrl", "Café Central");

        assertTrue(cafe.getText().contains("Marienplatz 1"), "the street tells look-alikes apart: " + cafe.getText());
        assertTrue(cafe.getText().contains("Has people on Clientbook"), cafe.getText());
        assertTrue(cafe.getText().contains("Already your customer (BB-100)"), cafe.getText());
        assertTrue(cafe.findElements(By.cssSelector("button[id$=':choose']")).isEmpty());
    }

    @Test
    void aTooShortSearchIsRefusedAtTheField() {
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/link-customer.xhtml");

        session.type("linkForm:query:input", "ab");
        browser.findElement(By.id("linkForm:search")).click();

        assertEquals("Type an e-mail address or at least 3 letters of the name.",
                session.text(By.cssSelector("#linkForm\\:query .ui-message-error")));
    }

    private WebElement search(String query, String name) {
        session.type("linkForm:query:input", query);
        browser.findElement(By.id("linkForm:search")).click();
        return wait.until(driver -> driver.findElements(By.cssSelector("#linkForm\\:hits_data tr[data-ri]")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
    }

    private void searchAndChoose(String query, String name) {
        WebElement row = search(query, name);
        assertTrue(row.getText().contains("Innsbruck"), row.getText());
        row.findElement(By.cssSelector("button[id$=':choose']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkForm:chosen")));
    }

    /** A customer of Baltic's only, in Innsbruck, which the search shows. */
    private static void addAtBaltic(String name, String email) {
        SystemTestServer.addCustomer(DemoData.BALTIC_API_KEY, SystemTestServer.JSON.createObjectNode()
                .put("companyName", name).put("email", email).put("postalCode", "6020").put("city", "Innsbruck")
                .put("sendInvitation", false));
    }

    private List<WebElement> rows() {
        return session.rows("customersForm:customers");
    }
}
