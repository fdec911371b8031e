package com.clientbook.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A platform API key, issued as a platform admin issues one: on the Platform API keys page, its secret read once. */
final class PlatformKeys {

    private PlatformKeys() {
    }

    static String issue(String name) {
        try (BrowserSession session = BrowserSession.open("en-US")) {
            session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
            return issue(session, name);
        }
    }

    /** In a platform admin's browser: opens the page from the menu, issues the key and reads the secret the dialog shows. */
    static String issue(BrowserSession session, String name) {
        session.click(By.id("menuForm:platformApiKeysItem"));
        session.waiter().until(ExpectedConditions.urlContains("/admin/api-keys.xhtml"));
        session.click(By.id("keysForm:newKey"));
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyDialog")));
        session.type("newKeyForm:name:input", name);
        session.click(By.id("newKeyForm:issue"));
        WebElement secret = session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyForm:secret")));
        String value = secret.getDomProperty("value");
        session.click(By.id("newKeyForm:done"));
        session.waiter().until(ExpectedConditions.invisibilityOfElementLocated(By.id("newKeyDialog")));
        session.waiter().until(driver -> driver.findElements(By.id("newKeyForm:secret")).isEmpty());
        return value;
    }
}
