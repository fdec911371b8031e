package com.clientbook.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text the pages show exists in English and in German, with the same placeholders, so a German-speaking
 * vendor never meets an English sentence or a raw "{1}" on a page added later.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void theGermanPagesHaveEveryTextTheEnglishOnesHave() throws IOException {
        assertSameKeys("com/clientbook/web/shared/messages");
    }

    @Test
    void theGermanValidationMessagesMatchTheEnglishOnes() throws IOException {
        assertSameKeys("ValidationMessages");
    }

    @Test
    void eachTextHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties english = load("com/clientbook/web/shared/messages_en.properties");
        Properties german = load("com/clientbook/web/shared/messages_de.properties");
        List<String> different = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (german.containsKey(key) && !placeholders(english.getProperty(key)).equals(placeholders(german.getProperty(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different, "texts whose placeholders differ between English and German");
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String bundle : List.of("com/clientbook/web/shared/messages_en.properties", "com/clientbook/web/shared/messages_de.properties")) {
            Properties texts = load(bundle);
            List<String> empty = texts.stringPropertyNames().stream().filter(k -> texts.getProperty(k).isBlank()).sorted().toList();
            assertTrue(empty.isEmpty(), bundle + " has empty texts: " + empty);
        }
    }

    private static void assertSameKeys(String baseName) throws IOException {
        Set<String> english = new TreeSet<>(load(baseName + "_en.properties").stringPropertyNames());
        Set<String> german = new TreeSet<>(load(baseName + "_de.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(german);
        Set<String> onlyGerman = new TreeSet<>(german);
        onlyGerman.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, baseName + ": English texts without a German one");
        assertEquals(Set.of(), onlyGerman, baseName + ": German texts without an English one");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
