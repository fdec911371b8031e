package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * People who can sign in, made for one test so that the demo sign-ins keep their passwords and locks: a new
 * customer of Alpine through the API, whose person sets {@link #PASSWORD} through the e-mailed link.
 */
final class ActiveAccounts {

    static final String PASSWORD = "Correct-Horse-7";

    private ActiveAccounts() {
    }

    /** Creates the customer and its active person; the address. */
    static String create(GreenMailExtension smtp, String email, String companyName) {
        HttpResponse<String> added = SystemTestServer.sendJson("POST", SystemTestServer.CUSTOMERS, DemoData.ALPINE_API_KEY,
                SystemTestServer.JSON.createObjectNode()
                        .put("companyName", companyName)
                        .put("email", email)
                        .put("contactFirstName", "Pat")
                        .put("contactLastName", "Secure"));
        assertEquals(201, added.statusCode(), added.body());
        BrowserSession session = BrowserSession.open("en-US");
        try {
            session.driver().get(Mails.passwordLink(smtp, email, "Set your Clientbook password"));
            session.type("setPasswordForm:password:input", PASSWORD);
            session.type("setPasswordForm:repeatedPassword:input", PASSWORD);
            session.driver().findElement(By.id("setPasswordForm:save")).click();
            session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        } finally {
            session.close();
        }
        return email;
    }
}
