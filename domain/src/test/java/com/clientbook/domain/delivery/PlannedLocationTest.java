package com.clientbook.domain.delivery;

import com.clientbook.domain.route.Route;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannedLocationTest {

    private static final OrderDeadline DAY_BEFORE = new OrderDeadline(1, LocalTime.of(14, 0));

    @Test
    void routeCodesAreEachOnceInCodeOrderWhateverTheCase() {
        PlannedLocation kitchen = new PlannedLocation(1, "Kitchen", null, List.of(route(3, "s2"), route(1, "N1")));
        PlannedLocation cellar = new PlannedLocation(2, "Cellar", null, List.of(route(1, "N1"), route(2, "B7")));
        assertEquals(List.of("B7", "N1", "s2"), PlannedLocation.routeCodes(List.of(kitchen, cellar)));
        assertEquals(List.of(), PlannedLocation.routeCodes(List.of(new PlannedLocation(3, "Hall", null, List.of()))));
    }

    @Test
    void aLocationMayDeliverOnlyWithARouteOrASchedule() {
        assertFalse(new PlannedLocation(1, "Hall", null, List.of()).mayDeliver());
        assertTrue(new PlannedLocation(1, "Hall", null, List.of(route(1, "N1"))).mayDeliver());
        DeliverySchedule disabled = new DeliverySchedule(Set.of(), DAY_BEFORE, 1, LocalDate.of(2027, 1, 4), false);
        assertTrue(new PlannedLocation(1, "Hall", disabled, List.of()).mayDeliver());
        assertTrue(new PlannedLocation(1, "Hall", disabled, List.of(route(1, "N1"))).deliveries(List.of(), ZoneId.of("Europe/Vienna"))
                .between(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31)).isEmpty(),
                "a disabled own schedule delivers on no day, route or not");
    }

    private static RouteRef route(long id, String code) {
        return new RouteRef(id, "Route " + code, code, Route.scheduleOf(Set.of(MONDAY, TUESDAY), DAY_BEFORE, true));
    }
}
