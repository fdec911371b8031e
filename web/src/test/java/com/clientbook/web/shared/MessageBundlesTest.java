package com.clientbook.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text a person reads exists in English and in German, with the same placeholders, so a German-speaking
 * vendor never meets an English sentence, a raw "{1}" or a "???key???" on a page added later: the pages' bundle,
 * the e-mails' bundle of the services, Bean Validation's messages, and every key that a page, a backing bean or a
 * refusal of the services asks for. Each failure lists the keys at fault, and where they are used.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final String PAGES = "com/clientbook/web/shared/messages";
    private static final String MAILS = "com/clientbook/services/mail/mails";
    private static final String IMPORTS = "com/clientbook/services/imports/importMessages";

    /** {@code msg['key']} and {@code #{msg.key}} on a page: the key itself. */
    private static final Pattern PAGE_KEY = Pattern.compile("\\bmsg\\['([^']+)'\\]|\\bmsg\\.([A-Za-z_][A-Za-z0-9_]*)");
    /** {@code msg['prefix.'.concat(…)]} or {@code msg['prefix.' += …]}: a family of keys, one per value. */
    private static final Pattern PAGE_KEY_FAMILY = Pattern.compile("\\bmsg\\['([^']+)'\\s*(?:\\.concat\\(|\\+=)");
    /** A literal key handed to {@link Messages} by a backing bean. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "messages\\.(?:text|textOr|info|notice|warn|error)\\(\\s*(?:[^,\"()]+,\\s*)?\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    /** The key of a refusal, as a {@code BusinessException} of the domain or the services names it. */
    private static final Pattern REFUSAL_KEY = Pattern.compile(
            "(?:super\\(|FieldError\\.worded\\([^,]+,\\s*)\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    /** A class that writes history: its upper-case string literals are the kinds of events it writes. */
    private static final Pattern AUDIT_WRITER = Pattern.compile("AuditEvent\\.(?:on|changeOn)|HistoryRow\\.(?:event|change)");
    private static final Pattern ACTION_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    /** Families of keys whose last part is an enum's constant: each constant needs its text. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_FAMILIES = Map.of(
            "customer.status.", com.clientbook.services.customer.CustomerStatus.class,
            "user.status.", com.clientbook.domain.user.UserStatus.class,
            "people.status.", com.clientbook.domain.user.UserStatus.class,
            "platform.personStatus.", com.clientbook.domain.user.UserStatus.class,
            "import.status.", com.clientbook.domain.imports.ImportStatus.class,
            "access.status.", com.clientbook.domain.accessrequest.AccessRequestStatus.class,
            "platform.status.", com.clientbook.services.platform.VendorStatus.class,
            "people.role.", com.clientbook.domain.user.Role.class,
            "order.status.", com.clientbook.domain.order.OrderStatus.class,
            "schedimport.kind.", com.clientbook.domain.imports.ImportKind.class);

    @Test
    void theGermanMailsHaveEveryTextTheEnglishOnesHaveWithTheSamePlaceholders() throws IOException {
        assertSameKeys(MAILS);
        assertSamePlaceholders(MAILS);
    }

    @Test
    void theGermanImportMessagesHaveEveryTextTheEnglishOnesHaveWithTheSamePlaceholders() throws IOException {
        assertSameKeys(IMPORTS);
        assertSamePlaceholders(IMPORTS);
    }

    @Test
    void everyKeyAPageAsksForExists() throws IOException {
        Set<String> keys = load(PAGES + "_en.properties").stringPropertyNames();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path page : files(Path.of("src/main/webapp"), ".xhtml")) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher key = PAGE_KEY.matcher(text);
            while (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                if (!keys.contains(name)) {
                    missing.computeIfAbsent(name, k -> new TreeSet<>()).add(page.toString());
                }
            }
            Matcher family = PAGE_KEY_FAMILY.matcher(text);
            while (family.find()) {
                String prefix = family.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.computeIfAbsent(prefix + "*", k -> new TreeSet<>()).add(page.toString());
                }
            }
        }
        assertEquals(Map.of(), missing, "keys that pages use but " + PAGES + "_en/_de.properties lack (key=[pages])");
    }

    @Test
    void everyValueOfAnEnumShownThroughAFamilyOfKeysHasItsText() throws IOException {
        Set<String> keys = load(PAGES + "_en.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        ENUM_FAMILIES.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!keys.contains(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        assertEquals(Set.of(), missing, "enum values that a page would show as a raw key");
    }

    @Test
    void everyKeyTheBackingBeansAndTheServicesRefusalsNameExists() throws IOException {
        Set<String> keys = load(PAGES + "_en.properties").stringPropertyNames();
        Map<String, Set<String>> missing = new TreeMap<>();
        collectMissing(CODE_KEY, files(Path.of("src/main/java"), ".java"), keys, missing);
        List<Path> refusals = new ArrayList<>();
        for (String module : List.of("../domain/src/main/java", "../services/src/main/java")) {
            refusals.addAll(files(Path.of(module), ".java"));
        }
        collectMissing(REFUSAL_KEY, refusals, keys, missing);
        assertEquals(Map.of(), missing, "keys that code hands to the pages but " + PAGES + "_en/_de.properties lack (key=[files])");
    }

    /**
     * Every kind of event the services write into a history has its text, so the history never shows a generic
     * line for it. Actions shown by their changed field's text instead are listed here.
     */
    @Test
    void everyKindOfHistoryEventHasItsText() throws IOException {
        Set<String> keys = load(PAGES + "_en.properties").stringPropertyNames();
        Set<String> shownByTheirField = Set.of("CHANGED", "VENDOR_CHANGED");
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path file : files(Path.of("../services/src/main/java"), ".java")) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            if (!AUDIT_WRITER.matcher(code).find()) {
                continue;
            }
            Matcher action = ACTION_CODE.matcher(code);
            while (action.find()) {
                String name = action.group(1);
                if (!shownByTheirField.contains(name) && !keys.contains("history.action." + name)) {
                    missing.computeIfAbsent("history.action." + name, k -> new TreeSet<>()).add(file.getFileName().toString());
                }
            }
        }
        assertEquals(Map.of(), missing, "history events without a text in " + PAGES + "_en/_de.properties (key=[files])");
    }

    private static void collectMissing(Pattern pattern, List<Path> files, Set<String> keys, Map<String, Set<String>> missing)
            throws IOException {
        for (Path file : files) {
            Matcher key = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (key.find()) {
                if (!keys.contains(key.group(1))) {
                    missing.computeIfAbsent(key.group(1), k -> new TreeSet<>()).add(file.getFileName().toString());
                }
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " not found: run the test from the web module");
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void theGermanPagesHaveEveryTextTheEnglishOnesHave() throws IOException {
        assertSameKeys(PAGES);
    }

    @Test
    void theGermanValidationMessagesMatchTheEnglishOnes() throws IOException {
        assertSameKeys("ValidationMessages");
    }

    @Test
    void eachTextHasTheSamePlaceholdersInBothLanguages() throws IOException {
        assertSamePlaceholders(PAGES);
    }

    private static void assertSamePlaceholders(String baseName) throws IOException {
        Properties english = load(baseName + "_en.properties");
        Properties german = load(baseName + "_de.properties");
        List<String> different = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (german.containsKey(key) && !placeholders(english.getProperty(key)).equals(placeholders(german.getProperty(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different, baseName + ": texts whose placeholders differ between English and German");
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String bundle : List.of(PAGES + "_en.properties", PAGES + "_de.properties", MAILS + "_en.properties",
                MAILS + "_de.properties", IMPORTS + "_en.properties", IMPORTS + "_de.properties")) {
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
