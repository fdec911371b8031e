package com.clientbook.domain.customfield;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What each type takes, and numbers and dates as English and German readers write them. */
class CustomFieldValuesTest {

    @Test
    void numbersAndDatesAreReadAndWrittenInTheReadersLanguage() throws Exception {
        assertEquals(new BigDecimal("1234.5"), CustomFieldValues.parse("n", CustomFieldType.DECIMAL, "1,234.5", Locale.ENGLISH));
        assertEquals(new BigDecimal("1234.5"), CustomFieldValues.parse("n", CustomFieldType.DECIMAL, "1.234,5", Locale.GERMAN));
        assertEquals("2026-12-31", CustomFieldValues.parse("d", CustomFieldType.DATE, "31.12.2026", Locale.GERMAN));
        assertEquals("2026-12-31", CustomFieldValues.parse("d", CustomFieldType.DATE, "2026-12-31", Locale.GERMAN));
        assertEquals("1.234,5", CustomFieldValues.format(CustomFieldType.DECIMAL, new BigDecimal("1234.5"), Locale.GERMAN));
        assertEquals("1,234.5", CustomFieldValues.format(CustomFieldType.DECIMAL, new BigDecimal("1234.5"), Locale.ENGLISH));
        assertEquals("01.03.2026", CustomFieldValues.format(CustomFieldType.DATE, LocalDate.of(2026, 3, 1), Locale.GERMAN));
        assertNull(CustomFieldValues.parse("n", CustomFieldType.NUMBER, "  ", Locale.ENGLISH));

        CustomFieldValues.RefusedValue wrongDate = assertThrows(CustomFieldValues.RefusedValue.class,
                () -> CustomFieldValues.parse("d", CustomFieldType.DATE, "32.12.2026", Locale.GERMAN));
        assertEquals("customField.value.date.de", wrongDate.error().messageKey());
        assertEquals("customFields.d", wrongDate.error().field());
        assertThrows(CustomFieldValues.RefusedValue.class,
                () -> CustomFieldValues.parse("n", CustomFieldType.NUMBER, "12abc", Locale.ENGLISH));
    }

    @Test
    void historyAndExportsWriteOneTextInEveryLanguage() {
        assertEquals("Italian, Thai", CustomFieldValues.text(CustomFieldType.CHOICES, List.of("Italian", "Thai")));
        assertEquals("2.5", CustomFieldValues.text(CustomFieldType.DECIMAL, new BigDecimal("2.5")));
        assertEquals("true", CustomFieldValues.text(CustomFieldType.YES_NO, true));
        assertNull(CustomFieldValues.text(CustomFieldType.TEXT, null));
    }
}
