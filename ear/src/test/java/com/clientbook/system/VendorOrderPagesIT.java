package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vendor's order pages against the EAR: Alpine's ERP places an order for a customer on a route; an admin finds it
 * in the orders list by its route, opens it, confirms it, adds a product to it (at 0 first: refused at its line), tries
 * to cancel without a reason (refused at the field), then
 * cancels with one; the SMTP server receives the admins' notification with the order as a CSV attachment naming the
 * customer number, and the customer the cancellation with the reason. The picking list shows the day's sum per product
 * and the route's orders in stop order. Baltic opening the order or Alpine's route's picking list gets "not found", and
 * its own picking list of the day holds nothing of Alpine's. Screenshots at 390 and 1440 px, English and German.
 */
class VendorOrderPagesIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String unique = UUID.randomUUID().toString().substring(0, 6);
    private LocalDate thursday;
    private long routeId;
    private long orderId;
    private long orderNumber;
    private String customerEmail;
    private String article;

    @BeforeEach
    void anOrderOnARoute() throws SQLException {
        PlacedOrder placed = placeOrderOnARoute(unique);
        thursday = placed.day();
        routeId = placed.routeId();
        orderId = placed.orderId();
        orderNumber = placed.number();
        customerEmail = placed.customerEmail();
        article = placed.article();
    }

    /** An order Alpine's ERP placed for a new customer (number VO-unique) on a new route, for a Thursday ahead. */
    record PlacedOrder(LocalDate day, long routeId, long orderId, long number, String customerEmail, String article) {
    }

    static PlacedOrder placeOrderOnARoute(String unique) throws SQLException {
        long customer = DeliveryDaysApiIT.newCustomerWithLocation("Vendor Orders Bistro " + unique, null);
        try (Connection connection = SystemTestServer.database();
             PreparedStatement number = connection.prepareStatement("update customer_relationship set customer_number = ? where id = ?")) {
            number.setString(1, "VO-" + unique);
            number.setLong(2, customer);
            number.executeUpdate();
        }
        String email = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customer, DemoData.ALPINE_API_KEY)
                .get("email").asText();
        long location = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations",
                DemoData.ALPINE_API_KEY).get(0).get("id").asLong();
        ObjectNode route = JSON.createObjectNode().put("name", "Orders route " + unique).put("code", "VR-" + unique);
        route.putArray("deliveryWeekdays").add("MONDAY").add("THURSDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        long routeId = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/routes", DemoData.ALPINE_API_KEY, route))
                .get("id").asLong();
        assertEquals(200, SystemTestServer.sendJson("POST", "/api/v1/routes/" + routeId + "/stops", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("customerId", customer).put("deliveryLocationId", location)).statusCode());
        String article = "VA-" + unique;
        long product = OrdersApiIT.addProduct(customer, article, "Sourdough " + unique);
        LocalDate thursday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        HttpResponse<String> placed = SystemTestServer.sendJson("POST", "/api/v1/orders", DemoData.ALPINE_API_KEY,
                OrdersApiIT.order(customer, location, thursday, product, "2.5"), "Idempotency-Key", "vo-" + unique);
        assertEquals(201, placed.statusCode(), placed.body());
        return new PlacedOrder(thursday, routeId, SystemTestServer.json(placed).get("id").asLong(),
                SystemTestServer.json(placed).get("number").asLong(), email, article);
    }

    @Test
    void anAdminFiltersOpensConfirmsAndCancelsWithAReasonAndTheMailsCarryTheOrder() throws Exception {
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/orders.xhtml");
        session.choose("ordersForm:route:input", "Orders route " + unique + " (VR-" + unique + ")");
        session.click(By.id("ordersForm:filter"));
        wait.until(driver -> session.rows("ordersForm:orders").size() == 1);
        assertTrue(session.text(By.id("ordersForm:orders")).contains("VO-" + unique), "only the route's order");
        screenshots("vendor-orders-list");

        session.click(By.linkText(String.valueOf(orderNumber)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:status")));
        assertTrue(session.text(By.id("orderForm:customerNumber")).contains("VO-" + unique));
        session.click(By.id("orderForm:confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("orderForm:status"), "Confirmed"));

        // changing the order: a product not on it yet is added, at 0 first (refused at its line, nothing saved), then at 3
        long customer = SystemTestServer.apiGetOk("/api/v1/orders/" + orderId, DemoData.ALPINE_API_KEY).get("customerId").asLong();
        OrdersApiIT.addProduct(customer, "VB-" + unique, "Rye rolls " + unique);
        session.click(By.id("orderForm:change"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeDialog")));
        session.type("changeForm:search", "VB-" + unique);
        session.click(By.id("changeForm:find"));
        wait.until(driver -> session.rows("changeForm:found").size() == 1);
        session.click(By.id("changeForm:found:0:add"));
        wait.until(driver -> session.rows("changeForm:lines").size() == 2);
        session.type("changeForm:lines:1:quantity", "0");
        session.click(By.id("changeForm:save"));
        assertEquals("A quantity must be more than 0.", wait.until(driver -> session.text(
                By.cssSelector("[id='changeForm:lines'] .ui-message-error"))));
        assertEquals(1, session.rows("orderForm:lines").size(), "nothing saved");
        screenshots("vendor-order-change-quantity-0");
        session.type("changeForm:lines:1:quantity", "3");
        session.click(By.id("changeForm:save"));
        wait.until(driver -> session.rows("orderForm:lines").size() == 2);
        assertTrue(session.text(By.id("orderForm:lines")).contains("Rye rolls " + unique));
        assertEquals("Confirmed", session.text(By.id("orderForm:status")), "a change keeps the status");

        session.click(By.id("orderForm:cancel"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelDialog")));
        session.click(By.id("cancelForm:doCancel"));
        assertTrue(session.text(By.cssSelector("[id='cancelForm:reason'] .ui-message-error")).contains("Say why"),
                "a cancellation without a reason is refused at the field");
        assertEquals("Confirmed", session.text(By.id("orderForm:status")), "nothing changed");
        session.settle();
        session.screenshot("vendor-order-cancel-without-reason-en-1440");
        session.viewport(390, 844);
        session.settle();
        session.screenshot("vendor-order-cancel-without-reason-en-390");
        session.fullWindow();
        session.type("cancelForm:reason:input", "Our oven broke down " + unique);
        session.click(By.id("cancelForm:doCancel"));
        wait.until(ExpectedConditions.textToBe(By.id("orderForm:status"), "Cancelled"));
        assertTrue(session.text(By.id("orderForm:cancelReasonText")).contains("Our oven broke down " + unique));

        Message notification = awaitWithAttachment(DemoData.ALPINE_ADMIN, "order-" + orderNumber + "-VO-" + unique + ".csv");
        Multipart parts = (Multipart) notification.getContent();
        assertTrue(notification.getContentType().toLowerCase().startsWith("multipart/mixed"), notification.getContentType());
        BodyPart file = parts.getBodyPart(1);
        String csv = read(file);
        assertTrue(csv.contains(orderNumber + ",VO-" + unique + ",Vendor Orders Bistro " + unique + "," + thursday + ",VR-" + unique
                + "," + article + ",Sourdough " + unique + ",PIECE,2.5"), csv);
        assertTrue(Mails.await(SMTP, customerEmail, DemoData.ALPINE + " cancelled your order " + orderNumber, 1).get(0)
                .contains("Reason: Our oven broke down " + unique));
    }

    @Test
    void thePickingListSumsTheDayAndListsTheRoutesOrdersInStopOrderAndInGerman() {
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/day-sheet.xhtml?route=" + routeId + "&date=" + thursday);
        session.click(By.id("picking"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pickingForm:routeOrders")));
        String products = session.text(By.id("pickingForm:products"));
        assertTrue(products.contains(article) && products.contains("2,5"), products);
        assertTrue(session.text(By.id("pickingForm:routeOrders")).contains("VO-" + unique));
        screenshots("vendor-picking-de");
        browser.get(SystemTestServer.baseUrl() + "/vendor/orders.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ordersForm:orders")));
        screenshots("vendor-orders-list-de");
        browser.get(SystemTestServer.baseUrl() + "/vendor/order.xhtml?id=" + orderId);
        session.click(By.id("orderForm:cancel"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelDialog")));
        session.click(By.id("cancelForm:doCancel"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='cancelForm:reason'] .ui-message-error")));
        session.settle();
        session.screenshot("vendor-order-cancel-without-reason-de-1440");
        session.viewport(390, 844);
        session.settle();
        session.screenshot("vendor-order-cancel-without-reason-de-390");
    }

    @Test
    void anotherVendorSeesNoneOfTheOrderNorTheRoutesPickingList() {
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/order.xhtml?id=" + orderId);
        session.text(By.id("notFound"));
        assertFalse(browser.getPageSource().contains("VO-" + unique), "nothing of the order is shown");
        browser.get(SystemTestServer.baseUrl() + "/vendor/picking.xhtml?day=" + thursday + "&route=" + routeId);
        session.text(By.id("notFound"));
        browser.get(SystemTestServer.baseUrl() + "/vendor/picking.xhtml?day=" + thursday);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pickingForm:products")));
        assertFalse(browser.getPageSource().contains(article), "Baltic's picking list holds nothing of Alpine's");
        browser.get(SystemTestServer.baseUrl() + "/vendor/orders.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ordersForm:orders")));
        assertFalse(browser.getPageSource().contains("VO-" + unique), "nor is it in Baltic's list");
        browser.get(SystemTestServer.baseUrl() + "/vendor/order.xhtml?id=not-a-number");
        session.text(By.id("notFound"));
    }

    private void screenshots(String name) {
        session.settle();
        session.screenshot(name + "-1440");
        session.viewport(390, 844);
        session.settle();
        assertEquals(0, session.overflow(), name + " is no wider than a phone");
        session.screenshot(name + "-390");
        session.fullWindow();
    }


    /** The e-mail to the address whose attachment has the file name; waits up to a minute. */
    private static Message awaitWithAttachment(String email, String fileName) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<Message> found = Arrays.stream((Message[]) SMTP.getReceivedMessages())
                    .filter(m -> Mails.recipient(m).equalsIgnoreCase(email) && fileName.equals(attachmentName(m)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No e-mail to " + email + " with " + fileName + " within a minute");
    }

    private static String attachmentName(Message message) {
        try {
            if (!(message.getContent() instanceof Multipart parts) || parts.getCount() < 2) {
                return null;
            }
            return parts.getBodyPart(1).getFileName();
        } catch (IOException | MessagingException e) {
            return null;
        }
    }

    private static String read(BodyPart part) throws IOException, MessagingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getInputStream().transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
