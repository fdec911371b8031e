package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The company profile end to end: Café Central's admin types a VAT id with blanks and in lower case on the profile
 * page and sees it normalised; Alpine, which supplies Café Central, then sees it on the customer's details page.
 */
class CompanyProfileIT extends BrowserTest {

    @Test
    void aCustomerAdminChangesTheVatIdAndTheVendorSeesItNormalised() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L));
        String normalised = "ATU" + digits;
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.driver().findElement(By.id("menuForm:profileItem")).click();
        session.waiter().until(ExpectedConditions.urlContains("/customer/profile.xhtml"));

        session.type("profileForm:vatId:input", "at u " + digits.substring(0, 4) + " " + digits.substring(4));
        String phone = "+49 89 " + digits.substring(0, 7);
        session.type("profileForm:phone:input", phone);
        session.driver().findElement(By.id("profileForm:save")).click();
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Company profile saved."));
        session.waiter().until(driver -> normalised.equals(
                driver.findElement(By.id("profileForm:vatId:input")).getAttribute("value")));

        long cafe = cafeCentralAtAlpine();
        restartBrowser();
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + cafe);
        assertEquals(normalised, session.text(By.id("numberForm:vatId")));
        assertEquals(phone, session.text(By.id("numberForm:phone")), "the customer's own phone, as it keeps it");
        assertEquals(0, session.driver().findElements(By.id("numberForm:correctCompany")).size(),
                "a registered customer's data is its own: the vendor cannot correct it");
    }

    private static long cafeCentralAtAlpine() {
        return SystemTestServer.apiGetOk("/api/v1/customers/by-number/A-0001", DemoData.ALPINE_API_KEY).get("id").asLong();
    }
}
