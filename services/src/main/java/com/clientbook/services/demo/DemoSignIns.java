package com.clientbook.services.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The demo sign-ins and API keys from {@code demo-sign-ins.properties} beside this class: one file that
 * {@link DemoData} and the {@code clientbook} script both read, so they cannot disagree.
 */
final class DemoSignIns {

    private static final String FILE = "demo-sign-ins.properties";
    private static final Properties VALUES = load();

    private DemoSignIns() {
    }

    /** The value of {@code key}; a missing key is a packaging mistake, so it fails loudly. */
    static String get(String key) {
        String value = VALUES.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(FILE + " has no value for " + key);
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = DemoSignIns.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + DemoSignIns.class.getName());
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
