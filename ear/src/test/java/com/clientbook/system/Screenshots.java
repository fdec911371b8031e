package com.clientbook.system;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Screenshots of the page a test is on, at phone (390 px) and desktop (1440 px) width, into {@code target/screenshots},
 * for a person to look at; the window gets its former size back.
 */
final class Screenshots {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static void take(BrowserSession session, String name) {
        WebDriver driver = session.driver();
        Dimension before = driver.manage().window().getSize();
        try {
            Files.createDirectories(DIRECTORY);
            for (int width : new int[] {390, 1440}) {
                driver.manage().window().setSize(new Dimension(width, 1000));
                session.settle();
                Files.write(DIRECTORY.resolve(name + "-" + width + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
