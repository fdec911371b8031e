package com.clientbook.web.imports;

import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ImportFileRefusedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A refused import or reconciliation file is worded from the pages' bundles in the reader's language, as
 * {@code Messages.refusal} words it: a German page says why in German, an English one in English (it said the English
 * reason on German pages before).
 */
class FileRefusalWordsTest {

    private static final CustomerFile.Rows IGNORED = new CustomerFile.Rows() {
        @Override
        public void header(java.util.List<String> names) {
        }

        @Override
        public void row(int rowNumber, java.util.List<String> values) {
        }
    };

    @Test
    void anEmptyFileIsRefusedInTheReadersLanguage() {
        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class,
                () -> CustomerFile.read(new byte[0], IGNORED));
        assertEquals("Die Datei wurde abgelehnt: Sie ist leer.", worded(refused, Locale.GERMAN));
        assertEquals("The file was refused: it is empty.", worded(refused, Locale.ENGLISH));
    }

    @Test
    void anOldExcelFileAndAHeaderlessOneAreRefusedInGerman() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        assertEquals("Die Datei wurde abgelehnt: Sie ist eine alte Excel-97-2003-Datei (.xls). Speichern Sie sie als .xlsx"
                + " oder CSV.", worded(refusalOf(xls), Locale.GERMAN));
        byte[] binary = "name,email\nA,a@example.com\n\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8);
        assertEquals("Die Datei wurde abgelehnt: Sie ist keine Textdatei (CSV), sondern enthält Binärdaten (Zeile 3)."
                + " Laden Sie eine CSV- oder .xlsx-Datei hoch.", worded(refusalOf(binary), Locale.GERMAN));
    }

    @Test
    void tooManyRowsIsRefusedWithTheNumberWrittenTheGermanWay() {
        ImportFileRefusedException refused = ImportFileRefusedException.because("tooManyRows", "it has more than "
                + CustomerFile.MAX_ROWS + " rows. Split it into several files.", CustomerFile.MAX_ROWS);
        assertEquals("Die Datei wurde abgelehnt: Sie hat mehr als 100.000 Zeilen. Teilen Sie sie in mehrere Dateien auf.",
                worded(refused, Locale.GERMAN));
        assertEquals("The file was refused: it has more than 100000 rows. Split it into several files.", refused.getMessage(),
                "the API's and the log's wording stays English");
    }

    private static ImportFileRefusedException refusalOf(byte[] content) {
        return assertThrows(ImportFileRefusedException.class, () -> CustomerFile.read(content, IGNORED));
    }

    private static String worded(ImportFileRefusedException refused, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.clientbook.web.shared.messages", locale);
        String pattern = bundle.getString(refused.messageKey());
        return refused.arguments().length == 0 ? pattern : new MessageFormat(pattern, locale).format(refused.arguments());
    }
}
