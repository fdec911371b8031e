package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link-customer page in a real browser: Alpine finds a company only Baltic supplies by a misspelt name,
 * links it with a customer number, sees it in its list, and is refused when it tries again.
 */
class LinkCustomerPageIT {

    private static final String BASE_URL = System.getProperty("clientbook.baseUrl", "http://localhost:18080")
            .replaceAll("/+$", "");

    private BrowserSession session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        session = BrowserSession.open("en-US");
        browser = session.driver();
        wait = session.waiter();
    }

    @AfterEach
    void closeBrowser() {
        session.close();
    }

    @Test
    void vendorFindsACompanyByAMisspeltNameLinksItAndSeesItInTheList() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Landgasthof Kastanie " + unique + " GmbH";
        addAtBaltic(name, "kastanie-" + unique + "@link-page.example");
        String number = "LNK-" + unique;

        session.signIn(DemoData.ALPINE_ADMIN, DemoData.PASSWORD);
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

        browser.get(BASE_URL + "/vendor/link-customer.xhtml");
        searchAndChoose("kastanie-" + unique + "@link-page.example", name);
        browser.findElement(By.id("linkForm:link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("linkForm:chosenMessage"), "already your customer"));
        assertEquals(name + " is already your customer.", session.text(By.cssSelector("#linkForm\\:chosenMessage")),
                "linking again is refused beside the chosen company");
    }

    @Test
    void aTooShortSearchIsRefusedAtTheField() {
        session.signIn(DemoData.ALPINE_ADMIN, DemoData.PASSWORD);
        browser.get(BASE_URL + "/vendor/link-customer.xhtml");

        session.type("linkForm:query:input", "ab");
        browser.findElement(By.id("linkForm:search")).click();

        assertEquals("Type an e-mail address or at least 3 letters of the name.",
                session.text(By.cssSelector("#linkForm\\:query .ui-message-error")));
    }

    private void searchAndChoose(String query, String name) {
        session.type("linkForm:query:input", query);
        browser.findElement(By.id("linkForm:search")).click();
        WebElement row = wait.until(driver -> driver.findElements(By.cssSelector("#linkForm\\:hits_data tr[data-ri]")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
        assertTrue(row.getText().contains("Innsbruck"), row.getText());
        row.findElement(By.cssSelector("button[id$=':choose']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkForm:chosen")));
    }

    private void addAtBaltic(String name, String email) throws IOException, InterruptedException {
        String body = "{\"companyName\": \"" + name + "\", \"email\": \"" + email + "\", \"postalCode\": \"6020\","
                      + " \"city\": \"Innsbruck\", \"sendInvitation\": false}";
        HttpResponse<String> response = SystemTestServer.http().send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/customers"))
                .header("Authorization", "Bearer " + DemoData.BALTIC_API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#customersForm\\:customers_data tr[data-ri]"));
    }
}
