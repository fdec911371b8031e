package com.clientbook.web.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pages' one date formatter: the page's language, nothing for no date, the clock it is asked for. */
class DateTimesTest {

    private static final Instant MOMENT = Instant.parse("2026-12-09T10:30:15Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void writesMomentsAndDaysInThePagesLanguage() {
        DateTimes german = dateTimes(Locale.GERMAN);
        assertEquals("09.12.2026, 10:30", german.dateTime(MOMENT, UTC));
        assertEquals("09.12.2026, 11:30", german.dateTime(MOMENT, ZoneId.of("Europe/Vienna")));
        assertEquals("09.12.2026", german.date(MOMENT, UTC));
        assertEquals("09.12.2026", german.date(LocalDate.of(2026, 12, 9)));
        assertEquals("Mittwoch, 9. Dezember 2026", german.fullDate(LocalDate.of(2026, 12, 9)));
        assertEquals("09.12.2026, 10:30", german.dateTime(LocalDateTime.of(2026, 12, 9, 10, 30)));
        DateTimes english = dateTimes(Locale.UK);
        assertEquals("9 Dec 2026", english.date(LocalDate.of(2026, 12, 9)));
        assertEquals(english.dateTime(MOMENT, ZoneId.systemDefault()), english.dateTime(MOMENT), "the server's clock");
        assertEquals(english.dateTimeWithSeconds(MOMENT).length(), english.dateTime(MOMENT).length() + 3, "with :15");
    }

    @Test
    void writesNothingForNoDate() {
        DateTimes german = dateTimes(Locale.GERMAN);
        assertEquals("", german.dateTime((Instant) null));
        assertEquals("", german.dateTimeWithSeconds(null));
        assertEquals("", german.date((Instant) null));
        assertEquals("", german.date((LocalDate) null));
        assertEquals("", german.fullDate(null));
        assertEquals("", german.dateTime(null, UTC));
        assertEquals("", german.dateTime((LocalDateTime) null));
    }

    private static DateTimes dateTimes(Locale locale) {
        DateTimes dateTimes = new DateTimes();
        dateTimes.messages = new Messages() {
            @Override
            public Locale locale() {
                return locale;
            }
        };
        return dateTimes;
    }
}
