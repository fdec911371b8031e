package com.clientbook.web.customer;

import com.clientbook.services.customfield.CustomFieldView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list page's custom field filters, as typed in English or German, written as the API's cf. parameters. */
class CustomFieldColumnTest {

    private static CustomFieldColumn column(String key, String type, String... options) {
        return new CustomFieldColumn(new CustomFieldView(1, key, "Label " + key, "Bezeichnung " + key, type,
                List.of(options), false, true, true, false, Instant.EPOCH, Instant.EPOCH, 0), Locale.GERMAN);
    }

    private static Map<String, String> written(CustomFieldColumn column, Locale locale) throws Exception {
        Map<String, String> written = new LinkedHashMap<>();
        column.writeFilter(written, locale);
        return written;
    }

    @Test
    void numbersAndDatesTypedInGermanAreWrittenAsTheApiWritesThem() throws Exception {
        CustomFieldColumn turnover = column("turnover", "DECIMAL");
        turnover.setFrom("1.234,5");
        turnover.setTo(" ");
        assertEquals(Map.of("turnover.from", "1234.5"), written(turnover, Locale.GERMAN));
        assertEquals("Bezeichnung turnover", turnover.getLabel(), "the label in the page's language");

        CustomFieldColumn since = column("since", "DATE");
        since.setFrom("01.03.2026");
        since.setTo("2026-12-31");
        assertEquals(Map.of("since.from", "2026-03-01", "since.to", "2026-12-31"), written(since, Locale.GERMAN));
    }

    @Test
    void textIsAFragmentAndYesNoAndChoicesOneValue() throws Exception {
        CustomFieldColumn zone = column("zone", "LONG_TEXT");
        zone.setValue(" north ");
        assertEquals(Map.of("zone.contains", "north"), written(zone, Locale.ENGLISH));
        CustomFieldColumn terrace = column("terrace", "YES_NO");
        terrace.setValue("true");
        assertEquals(Map.of("terrace", "true"), written(terrace, Locale.ENGLISH));
        CustomFieldColumn cuisine = column("cuisine", "CHOICES", "Thai", "Italian");
        cuisine.setValue("");
        assertTrue(written(cuisine, Locale.ENGLISH).isEmpty(), "Any filters nothing");
        assertTrue(!cuisine.isFiltering());
    }

    @Test
    void aNumberThatCannotBeReadNamesItsInput() {
        CustomFieldColumn seats = column("seats", "NUMBER");
        seats.setFrom("10");
        seats.setTo("1,234.5");
        CustomFieldColumn.RefusedPart refused = assertThrows(CustomFieldColumn.RefusedPart.class,
                () -> written(seats, Locale.GERMAN));
        assertEquals("to", refused.part());
        assertEquals("customField.value.number.de", refused.error().messageKey());
    }
}
