package com.clientbook.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page test: each test method gets a headless Chromium as fresh as a new one that asks for English pages (no
 * cookies, nobody signed in; from {@link BrowserSession}'s pool of wiped browsers), given back after the test
 * whatever happened. The page tests share this instead of each carrying its
 * own copy of the same open-and-close.
 */
abstract class BrowserTest {

    protected BrowserSession session;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        open("en-US");
    }

    @AfterEach
    void stopBrowser() {
        close();
    }

    /** Closes this test's browser and opens a fresh one, e.g. so that the next person signs in without cookies. */
    protected void restartBrowser() {
        restartBrowser("en-US");
    }

    /** Closes this test's browser and opens a fresh one that asks for pages in the given language, e.g. "de-DE". */
    protected void restartBrowser(String language) {
        close();
        open(language);
    }

    private void close() {
        if (session != null) {
            BrowserSession closing = session;
            session = null;
            closing.close();
        }
    }

    private void open(String language) {
        session = BrowserSession.open(language);
        browser = session.driver();
        wait = session.waiter();
    }
}
