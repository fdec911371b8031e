package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One headless Chromium for one browser test, with the moves every page test makes. PrimeFaces replaces parts
 * of a page after each Ajax call, so an element found a moment ago may be gone: every read here happens inside
 * a wait that simply looks again when that happens.
 *
 * <p>Starting a Chromium and its driver takes 1-2 s, and the system tests open about 120 browsers: a closed session
 * goes back to a pool of idle browsers per language instead, wiped (cookies, storage, one blank tab, the window's
 * size, no emulated screen or media), and {@link #open} takes one from there when it can. The next test sees a browser
 * as fresh as a new one: nobody signed in, nothing stored. A session that changed the browser in a way the wipe does
 * not undo (e.g. a script added to every new page through Chromium's DevTools) says so with {@link #neverReuse()}
 * and is quit when closed, as is one the wipe fails on. The pool's browsers are quit when the test JVM ends.
 */
final class BrowserSession implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Map<String, Deque<BrowserSession>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserSession::quitIdle, "quit idle browsers"));
    }

    private final String language;
    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private boolean reusable = true;

    private BrowserSession(String language, Path profile, WebDriver driver) {
        this.language = language;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * A browser with no cookies and nothing stored that asks for pages in the given language, e.g. "en-US": an idle
     * one from the pool, or a new one.
     */
    static BrowserSession open(String language) {
        synchronized (IDLE) {
            Deque<BrowserSession> idle = IDLE.get(language);
            if (idle != null && !idle.isEmpty()) {
                return idle.pop();
            }
        }
        try {
            Path profile = Files.createTempDirectory("clientbook-chromium-");
            return new BrowserSession(language, profile, SystemTestServer.startChrome(language, profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This browser is quit when closed rather than used again, e.g. after a DevTools command the wipe does not undo. */
    void neverReuse() {
        reusable = false;
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiter() {
        return wait;
    }

    /** Signs in with the demo password. */
    void signIn(String email) {
        signIn(email, DemoData.PASSWORD);
    }

    /** Signs in on the sign-in page (opening it unless the browser is there already) and waits to be let in. */
    void signIn(String email, String password) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            driver.get(SystemTestServer.baseUrl() + "/login.xhtml");
        }
        type("loginForm:email:input", email);
        type("loginForm:password:input", password);
        driver.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    /** Replaces the value of the input with this id once it is visible. */
    void type(String id, String value) {
        wait.until(d -> {
            try {
                WebElement input = d.findElement(By.id(id));
                if (!input.isDisplayed()) {
                    return false;
                }
                input.clear();
                input.sendKeys(value);
                return true;
            } catch (WebDriverException e) {
                return lookAgain(e, false);
            }
        });
    }

    /** The visible text of an element, read again if the page replaced it meanwhile. */
    String text(By locator) {
        return wait.until(d -> {
            try {
                WebElement element = d.findElement(locator);
                return element.isDisplayed() ? element.getText() : null;
            } catch (WebDriverException e) {
                return lookAgain(e, null);
            }
        });
    }

    /**
     * Clicks the element once it is visible and enabled. If the page replaced it between finding and clicking,
     * Chromium answers before the click happens, so it is found again and clicked then.
     */
    void click(By locator) {
        wait.until(d -> {
            try {
                WebElement element = d.findElement(locator);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            } catch (WebDriverException e) {
                return lookAgain(e, false);
            }
        });
    }

    /**
     * The answer that makes a wait look again when an element vanished under it: Selenium's stale reference, or
     * Chromium's "does not belong to the document" when the node went between being found and being used.
     */
    private static <T> T lookAgain(WebDriverException e, T answer) {
        if (e instanceof StaleElementReferenceException || e instanceof NoSuchElementException
                || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
            return answer;
        }
        throw e;
    }

    /**
     * Waits until the page has no Ajax request of PrimeFaces' queued or running, e.g. after typing into a filter, no
     * jQuery animation running (a select menu's panel sliding open: a click on one of its items lands where the item
     * was a moment ago) and no finite CSS animation or transition still running (a fading button or dialog shows
     * half-way colours to axe-core).
     */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)))"
                + " && (!window.jQuery || jQuery(':animated').length === 0)"
                + " && document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect.getComputedTiming().iterations === Infinity);")));
    }

    /**
     * Chooses the option with this label in a PrimeFaces select menu (by the menu's client id) and waits until the menu
     * shows it: opens the panel, lets it come to rest, clicks the option, and does it again (up to three times) if the
     * menu does not show the choice, as when a click missed.
     */
    void choose(String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label=\"" + label + "\"]");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; attempt <= 3; attempt++) {
            click(By.id(menuId));
            settle();
            click(option);
            settle();
            if (label.equals(text(shown))) {
                return;
            }
        }
        throw new AssertionError("The menu " + menuId + " does not show \"" + label + "\" after choosing it three times");
    }

    /** The data rows of a PrimeFaces table, by the table's client id; the "no records" line is not one. */
    List<WebElement> rows(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data tr[data-ri]"));
    }

    /**
     * Makes the page as wide and high as a phone's or tablet's screen (CSS pixels), exactly, whatever the window's
     * frame takes: Chromium's device metrics, as its device toolbar sets them.
     */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window's own size (1400 × 1000 in the tests). */
    void fullWindow() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** How much wider than the screen the page is, in CSS pixels (0: nothing sticks out to the right). */
    long overflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** Saves what the browser shows as target/screenshots/NAME.png, for people to look at after a run. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to the pool, wiped, for the next test; or quit if it cannot be used again. */
    @Override
    public void close() {
        if (reusable && wipe()) {
            synchronized (IDLE) {
                IDLE.computeIfAbsent(language, any -> new ArrayDeque<>()).push(this);
            }
        } else {
            quit();
        }
    }

    /** Makes the browser look new: one blank tab, no cookies or stored data, the window's own size and media. */
    private boolean wipe() {
        try {
            String first = driver.getWindowHandles().iterator().next();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
            driver.get("about:blank");
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            URI server = URI.create(SystemTestServer.baseUrl());
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of(
                    "origin", server.getScheme() + "://" + server.getAuthority(), "storageTypes", "all"));
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(new Dimension(1400, 1000));
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.values().forEach(idle -> idle.forEach(BrowserSession::quit));
            IDLE.clear();
        }
    }
}
