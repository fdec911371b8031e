package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer's home page shows the vendors its company is connected with and what is still to do, in both languages. */
class CustomerHomePageIT extends BrowserTest {

    @Test
    void aCustomerSeesItsVendorsAndNextSteps() {
        session.signIn(DemoData.CUSTOMER_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/customer/home.xhtml");
        String vendors = session.text(By.id("vendors"));
        assertTrue(vendors.contains(DemoData.ALPINE) && vendors.contains(DemoData.BALTIC), vendors);
        assertTrue(session.text(By.id("nextSteps")).contains("Next steps"));
        Screenshots.take(session, "customer-home");

        restartBrowser("de-DE");
        session.signIn(DemoData.CUSTOMER_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/customer/home.xhtml");
        assertTrue(session.text(By.id("vendors")).contains("Ihre Lieferanten"), session.text(By.id("vendors")));
        assertTrue(session.text(By.id("nextSteps")).contains("Nächste Schritte"));
        Screenshots.take(session, "customer-home-de");
    }
}
