package com.clientbook.services.imports;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading one row of a schedule file: WEGOTRADE's columns in English or German, and a clear error per bad cell. */
class ScheduleRowTest {

    private static final ScheduleColumns ENGLISH = ScheduleColumns.of(List.of("Customer number", "Location external id",
            "Delivery day", "Enabled", "Deadline day", "Deadline time", "Start date", "Interval weeks", "Route code"));

    @Test
    void wegotradesRowIsRead() {
        ScheduleRow row = row("K-100", "KITCHEN", "Tuesday, Thu", "yes", "1", "14:00", "2027-01-05", "2", "N1");

        assertTrue(row.valid(), row.error());
        assertEquals("K-100", row.customerNumber());
        assertEquals("KITCHEN", row.locationExternalId());
        assertEquals(Set.of(TUESDAY, THURSDAY), row.weekdays());
        assertTrue(row.enabled());
        assertEquals(1, row.deadlineDaysBefore(TUESDAY));
        assertEquals(LocalTime.of(14, 0), row.deadlineTime());
        assertEquals(LocalDate.of(2027, 1, 5), row.startDate());
        assertEquals(2, row.everyWeeks());
        assertEquals("N1", row.routeCode());
    }

    @Test
    void germanHeadersWeekdaysAndDatesAreRead() {
        ScheduleColumns german = ScheduleColumns.of(List.of("Kundennummer", "Standort-ID", "Liefertag", "Aktiv",
                "Bestellschluss Tag", "Bestellschluss Uhrzeit", "Startdatum", "Intervall (Wochen)", "Tour"));
        ScheduleRow row = ScheduleRow.of(2, List.of("K-1", "", "Mo und Mi; Fr.", "ja", "Freitag", "12.30", "05.01.2027", "1",
                ""), german);

        assertTrue(row.valid(), row.error());
        assertEquals(Set.of(MONDAY, WEDNESDAY, FRIDAY), row.weekdays());
        assertEquals(3, row.deadlineDaysBefore(MONDAY), "Friday for Monday");
        assertEquals(0, row.deadlineDaysBefore(FRIDAY), "Friday for Friday: on the day");
        assertEquals(LocalTime.of(12, 30), row.deadlineTime());
        assertEquals(LocalDate.of(2027, 1, 5), row.startDate());
        assertNull(row.routeCode());
    }

    @Test
    void aRowWithOnlyARouteLeavesTheScheduleAlone() {
        ScheduleRow row = row("K-1", "", "", "", "", "", "", "", "N1");

        assertTrue(row.valid(), row.error());
        assertFalse(row.schedule());
        assertEquals(1, row.everyWeeks());
    }

    @Test
    void eachBadCellIsNamedWithItsValue() {
        ScheduleRow row = row("K-1", "", "Funday", "maybe", "15", "25:00", "31.02.2027", "53", "");

        assertFalse(row.valid());
        String said = ImportMessage.english(row.error());
        assertTrue(said.contains("delivery day: \"funday\" is not a weekday"), said);
        assertTrue(said.contains("enabled: \"maybe\" is neither yes nor no"), said);
        assertTrue(said.contains("deadline day: \"15\" is neither 0 to 14 days before"), said);
        assertTrue(said.contains("deadline time: \"25:00\" is not a time"), said);
        assertTrue(said.contains("start date: \"31.02.2027\" is not a date"), said);
        assertTrue(said.contains("interval weeks: \"53\" is not a number of weeks from 1 to 52"), said);
        assertEquals("enabled, delivery day, deadline day, deadline time, start date, interval weeks", row.errorColumns());
        String german = ImportMessage.in(Locale.GERMAN, row.error());
        assertTrue(german.contains("Liefertag: „funday“ ist kein Wochentag"), german);
    }

    @Test
    void aScheduleNeedsItsDaysAndDeadlineAndARowSomethingToDo() {
        ScheduleRow noDay = row("K-1", "", "", "yes", "1", "", "", "", "");
        assertEquals("delivery day, deadline time", noDay.errorColumns());
        ScheduleRow disabled = row("K-1", "", "", "no", "1", "12:00", "", "", "");
        assertTrue(disabled.valid(), "a disabled schedule needs no delivery day");
        ScheduleRow nothing = row("K-1", "", "", "", "", "", "", "", "");
        assertTrue(ImportMessage.english(nothing.error()).contains("nothing to import"), nothing.error());
        ScheduleRow noNumber = row("", "", "", "", "", "", "", "", "N1");
        assertEquals("customer number", noNumber.errorColumns());
    }

    @Test
    void aHeaderWithoutCustomerNumberOrAnythingToImportIsRefused() {
        assertThrows(ImportFileRefusedException.class, () -> ScheduleColumns.of(List.of("Delivery day", "Route code")));
        assertThrows(ImportFileRefusedException.class, () -> ScheduleColumns.of(List.of("Customer number", "Enabled")));
        assertThrows(ImportFileRefusedException.class, () -> ScheduleColumns.of(List.of("Customer number", "Route", "Tour")));
    }

    @Test
    void timesAndWeekdaysInTheirUsualSpellings() {
        assertEquals(LocalTime.of(9, 0), ScheduleRow.time("9"));
        assertEquals(LocalTime.of(14, 0), ScheduleRow.time("14 Uhr"));
        assertEquals(LocalTime.of(6, 30), ScheduleRow.time("06:30:00"));
        assertNull(ScheduleRow.time("noon"));
        for (String monday : List.of("Monday", "MON", "mo", "Montag", "Mo.")) {
            assertEquals(DayOfWeek.MONDAY, ScheduleRow.weekday(monday), monday);
        }
        assertNull(ScheduleRow.weekday("1"), "numbers are not weekdays: is 1 Sunday or Monday?");
    }

    private static ScheduleRow row(String... cells) {
        return ScheduleRow.of(2, List.of(cells), ENGLISH);
    }
}
