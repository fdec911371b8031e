package com.clientbook.web.api.delivery;

import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.delivery.ScheduleInput;
import com.clientbook.web.api.route.DeadlineJson;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bodies of the schedule and closure endpoints: what they read, and which field a bad value names. */
class DeliveryJsonTest {

    @Test
    void aScheduleBodyBecomesTheServicesInputWithEveryWeekAndEnabledByDefault() {
        ScheduleInput input = new ScheduleInputJson(List.of(DayOfWeek.TUESDAY), new DeadlineJson(1, " 14:00 "), null,
                "2027-01-05", null).toInput();

        assertEquals(Set.of(DayOfWeek.TUESDAY), input.weekdays());
        assertEquals(LocalTime.of(14, 0), input.deadlineTime());
        assertEquals(1, input.everyWeeks());
        assertEquals(LocalDate.of(2027, 1, 5), input.startDate());
        assertTrue(input.enabled());
    }

    @Test
    void anUnreadableTimeAndDateNameTheirFields() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ScheduleInputJson(
                List.of(DayOfWeek.TUESDAY), new DeadlineJson(1, "2pm"), 2, "next week", true).toInput());

        assertEquals(List.of("orderDeadline.time", "startDate"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }

    @Test
    void aClosureRuleIsReadInAnyCaseAndAnUnknownOneNamesTheField() {
        assertEquals(ClosureRule.MOVE_LATER, new ClosureInputJson("2027-12-25", "move_later", "Christmas").toInput().rule());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new ClosureInputJson("25.12.2027", "NEVER", "Christmas").toInput());
        assertEquals(List.of("day", "rule"), refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }
}
