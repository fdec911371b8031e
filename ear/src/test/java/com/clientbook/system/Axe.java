package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core, the accessibility rules engine, run inside the page a browser shows: its script (from Deque's jar on the
 * test class path, see ear/pom.xml) is injected and {@code axe.run()} checks the page as it is at that moment, dialogs
 * and menus included. Rules and impacts are axe's own; the project's target is no critical and no serious violation.
 */
final class Axe {

    static final Set<String> BLOCKING = Set.of("critical", "serious");

    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** One rule the page breaks: its id, axe's impact, what it asks for, and where (a few of the elements). */
    record Violation(String rule, String impact, String help, List<String> where) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + String.join(" | ", where);
        }
    }

    /** The violations on the page the browser shows now. */
    static List<Violation> check(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SOURCE);
        }
        Object answer = page.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (result) {
                    done(JSON.stringify(result.violations.map(function (v) {
                        return {rule: v.id, impact: v.impact, help: v.help, where: v.nodes.slice(0, 4).map(function (n) {
                            return n.target.join(' ') + ' ' + (n.any.concat(n.all, n.none).map(function (c) {
                                return c.message; }).join('; '));
                        })};
                    })));
                }).catch(function (e) { done('axe failed: ' + e); });
                """);
        String text = String.valueOf(answer);
        if (text.startsWith("axe failed")) {
            throw new AssertionError(text);
        }
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : JSON.readTree(text)) {
                List<String> where = new ArrayList<>();
                v.get("where").forEach(w -> where.add(w.asText()));
                violations.add(new Violation(v.get("rule").asText(), v.get("impact").asText(), v.get("help").asText(), where));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
