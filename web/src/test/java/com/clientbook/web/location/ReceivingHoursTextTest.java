package com.clientbook.web.location;

import com.clientbook.domain.location.ReceivingWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceivingHoursTextTest {

    @Test
    void windowsAreReadAsPeopleTypeThemAndWrittenBackInOrder() {
        List<ReceivingWindow> windows = ReceivingHoursText.parse(DayOfWeek.MONDAY, " 14:00 – 16:30 ; 6:00-10:00 ");

        assertEquals(List.of(new ReceivingWindow(DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(10, 0)),
                new ReceivingWindow(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 30))), windows);
        assertEquals("06:00-10:00, 14:00-16:30", ReceivingHoursText.format(windows, DayOfWeek.MONDAY));
        assertEquals("", ReceivingHoursText.format(windows, DayOfWeek.TUESDAY));
    }

    @Test
    void anEmptyDayHasNoWindows() {
        assertTrue(ReceivingHoursText.parse(DayOfWeek.SUNDAY, "  ").isEmpty());
        assertTrue(ReceivingHoursText.parse(DayOfWeek.SUNDAY, null).isEmpty());
    }

    @Test
    void whatIsNotAWindowIsNamed() {
        assertEquals("morning", assertThrows(IllegalArgumentException.class,
                () -> ReceivingHoursText.parse(DayOfWeek.MONDAY, "06:00-10:00, morning")).getMessage());
        assertEquals("10:00-06:00", assertThrows(IllegalArgumentException.class,
                () -> ReceivingHoursText.parse(DayOfWeek.MONDAY, "10:00-06:00")).getMessage());
        assertEquals("25:00-26:00", assertThrows(IllegalArgumentException.class,
                () -> ReceivingHoursText.parse(DayOfWeek.MONDAY, "25:00-26:00")).getMessage());
    }

    @Test
    void overlappingWindowsAreRefused() {
        assertEquals("06:00-10:00, 09:00-11:00", assertThrows(IllegalArgumentException.class,
                () -> ReceivingHoursText.parse(DayOfWeek.FRIDAY, "06:00-10:00, 09:00-11:00")).getMessage());
    }
}
