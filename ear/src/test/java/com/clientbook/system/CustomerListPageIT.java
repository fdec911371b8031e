package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer list as a person works with it all day: the columns and page size they chose come back at their
 * next sign-in, "no customer number yet" narrows the list, and a customer number is changed in its cell, never over
 * a colleague's newer change. Sam (Alpine's staff) is the person here, because no other test reads his list.
 */
class CustomerListPageIT extends BrowserTest {

    private static final String TABLE = "customersForm:customers";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    @Test
    void theColumnsAndPageSizeAPersonChoseComeBackAtTheNextSignIn() {
        session.signIn(DemoData.ALPINE_STAFF);
        assertTrue(header("city").isDisplayed(), "a new person sees every column");

        browser.findElement(By.id(TABLE + ":columns")).click();
        toggle("City");
        wait.until(driver -> !header("city").isDisplayed());
        choosePageSize("50");
        wait.until(driver -> session.rows(TABLE).size() > 25 || session.rows(TABLE).size() == totalRows());

        session.close();
        session = BrowserSession.open("en-US");
        browser = session.driver();
        wait = session.waiter();
        session.signIn(DemoData.ALPINE_STAFF);
        assertFalse(header("city").isDisplayed(), "the hidden column stays hidden");
        assertEquals("50", selectedPageSize());

        // back to how the demo starts, and the choice to show it again is kept too
        browser.findElement(By.id(TABLE + ":columns")).click();
        toggle("City");
        wait.until(driver -> header("city").isDisplayed());
        choosePageSize("25");
        browser.navigate().refresh();
        assertTrue(header("city").isDisplayed());
        assertEquals("25", selectedPageSize());
    }

    @Test
    void noCustomerNumberYetShowsOnlyTheCustomersWithoutOne() {
        addCustomer("Numbered " + unique, "N-" + unique);
        addCustomer("Unnumbered " + unique, null);
        session.signIn(DemoData.ALPINE_STAFF);
        search(unique);
        wait.until(driver -> session.rows(TABLE).size() == 2);

        browser.findElement(By.cssSelector("#" + css(TABLE + ":withoutNumber") + " .ui-chkbox-box")).click();
        session.settle();

        wait.until(driver -> session.rows(TABLE).size() == 1
                && session.rows(TABLE).get(0).getText().contains("Unnumbered " + unique));
    }

    @Test
    void aCustomerNumberIsChangedInItsCellButNeverOverAColleaguesNewerChange() {
        long id = addCustomer("Inline " + unique, "OLD-" + unique);
        session.signIn(DemoData.ALPINE_STAFF);
        search("Inline " + unique);
        wait.until(driver -> session.rows(TABLE).size() == 1);

        editNumber("NEW-" + unique);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Customer number saved."));
        assertEquals("NEW-" + unique, customer(id).get("customerNumber").asText());

        // a colleague changes the number through the API while the row still shows the version read before
        HttpResponse<String> colleague = SystemTestServer.sendJson("PATCH", "/api/v1/customers/" + id,
                DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("customerNumber", "ERP-" + unique));
        assertEquals(200, colleague.statusCode(), colleague.body());

        editNumber("MINE-" + unique);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customersForm:listMessages"),
                "changed this customer in the meantime"));
        assertTrue(session.text(By.id("customersForm:listMessages")).contains("ERP-" + unique));
        assertEquals("ERP-" + unique, customer(id).get("customerNumber").asText(), "the colleague's number stands");
        wait.until(driver -> session.rows(TABLE).get(0).getText().contains("ERP-" + unique));

        // with the colleague's change in view, a number another customer has is refused, naming that customer
        addCustomer("Holder " + unique, "TAKEN-" + unique);
        editNumber("taken-" + unique);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customersForm:listMessages"), "Holder " + unique));
        wait.until(driver -> session.rows(TABLE).get(0).getText().contains("ERP-" + unique));
        assertEquals("ERP-" + unique, customer(id).get("customerNumber").asText());
    }

    @Test
    void anotherVendorsCustomerCannotBeRenumberedThroughTheList() {
        long id = addCustomer("Guarded " + unique, "G-" + unique);
        session.signIn(DemoData.BALTIC_ADMIN);
        search("Guarded " + unique);
        wait.until(driver -> browser.findElement(By.id(TABLE)).getText().contains("No customers match."));
        assertEquals("G-" + unique, customer(id).get("customerNumber").asText());
    }

    private void editNumber(String number) {
        // the customer number is the list's one editable column (the first column ticks rows for bulk actions)
        WebElement cell = wait.until(driver -> session.rows(TABLE).get(0).findElement(By.cssSelector("td.ui-editable-column")));
        new Actions(browser).doubleClick(cell).perform();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(TABLE + ":0:numberInput")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.ENTER);
    }

    private void search(String text) {
        WebElement filter = browser.findElement(By.id(TABLE + ":globalFilter"));
        filter.sendKeys(text);
        wait.until(driver -> session.rows(TABLE).stream().allMatch(row -> row.getText().contains(text))
                || driver.findElement(By.id(TABLE)).getText().contains("No customers match."));
        session.settle();
    }

    private WebElement header(String column) {
        return browser.findElement(By.id(TABLE + ":" + column));
    }

    private void toggle(String label) {
        WebElement item = wait.until(driver -> driver.findElements(By.cssSelector(".ui-columntoggler-item")).stream()
                .filter(li -> li.isDisplayed() && li.getText().trim().equals(label)).findFirst().orElse(null));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.findElement(By.tagName("h1")).click();
    }

    private void choosePageSize(String size) {
        WebElement select = browser.findElement(By.cssSelector("#" + css(TABLE) + " select.ui-paginator-rpp-options"));
        new Select(select).selectByValue(size);
        wait.until(driver -> selectedPageSize().equals(size));
    }

    private String selectedPageSize() {
        WebElement select = browser.findElement(By.cssSelector("#" + css(TABLE) + " select.ui-paginator-rpp-options"));
        return new Select(select).getFirstSelectedOption().getAttribute("value");
    }

    private int totalRows() {
        String report = session.text(By.cssSelector("#" + css(TABLE) + " .ui-paginator-current"));
        return Integer.parseInt(report.replaceAll(".*/\\s*", "").replaceAll("\\D", ""));
    }

    private static String css(String id) {
        return id.replace(":", "\\:");
    }

    private static long addCustomer(String name, String number) {
        ObjectNode body = JSON.createObjectNode()
                .put("companyName", name)
                .put("email", name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@list-page.example")
                .put("sendInvitation", false);
        if (number != null) {
            body.put("customerNumber", number);
        }
        return SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, body).get("id").asLong();
    }

    private static JsonNode customer(long id) {
        return SystemTestServer.json(SystemTestServer.get("/api/v1/customers/" + id,
                "Authorization", "Bearer " + DemoData.ALPINE_API_KEY));
    }
}
