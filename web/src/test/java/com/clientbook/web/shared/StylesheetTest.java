package com.clientbook.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's stylesheet is well formed: every rule's braces close, no rule opens inside another except in an
 * at-rule ({@code @media}, {@code @supports}). A merge of three branches' appended blocks once lost two closing
 * braces, and the browser then read every rule after them as part of a media query; only a phone layout test noticed.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/webapp/resources/css/clientbook.css");

    @Test
    void everyRuleClosesAndNoneOpensInsideAnotherOutsideAnAtRule() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int atRules = 0;
        int line = 1;
        StringBuilder selector = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                boolean atRule = selector.toString().strip().startsWith("@");
                assertTrue(atRule || depth == atRules,
                        "line " + line + ": a rule opens inside another rule: " + selector.toString().strip());
                depth++;
                if (atRule) {
                    atRules++;
                }
                selector.setLength(0);
            } else if (c == '}') {
                assertTrue(depth > 0, "line " + line + ": a closing brace without its rule");
                depth--;
                atRules = Math.min(atRules, depth);
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        assertEquals(0, depth, "rules left open at the end of the stylesheet");
    }
}
