package com.clientbook.services.imports;

import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.OrderDeadline;
import com.clientbook.domain.imports.RowAction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schedule planner's rules, as its Javadoc lists them, on rows and database facts built by hand. */
class SchedulePlannerTest {

    private static final ScheduleColumns COLUMNS = ScheduleColumns.of(List.of("customer number", "location external id",
            "delivery day", "enabled", "deadline day", "deadline time", "start date", "interval weeks", "route code"));
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final SchedulePlanner.Customer KRONE = new SchedulePlanner.Customer(20, 10, "Krone");
    private static final SchedulePlanner.Customer ADLER = new SchedulePlanner.Customer(21, 11, "Adler");
    private static final SchedulePlanner.Place KITCHEN = new SchedulePlanner.Place(100, "Kitchen", "KITCHEN");
    private static final SchedulePlanner.Place CELLAR = new SchedulePlanner.Place(101, "Cellar", "CELLAR");
    private static final SchedulePlanner.Place ADLER_DOOR = new SchedulePlanner.Place(110, "Door", null);
    private static final SchedulePlanner.RouteCode NORTH = new SchedulePlanner.RouteCode(7, "N1");

    @Test
    void rowsForOneLocationGiveOneScheduleSetByTheFirst() {
        ScheduleRow tuesday = row(2, "K-1", "kitchen", "Tuesday", "yes", "1", "14:00", "2027-01-05", "2", "");
        ScheduleRow thursday = row(3, "k-1", "KITCHEN", "Thursday", "yes", "1", "14:00", "2027-01-05", "2", "");

        List<SchedulePlanner.Plan> plans = planner(Map.of(), Map.of()).plan(List.of(tuesday, thursday), List.of(tuesday, thursday));

        assertEquals(List.of(RowAction.CREATE, RowAction.CREATE), plans.stream().map(SchedulePlanner.Plan::action).toList());
        assertEquals(Set.of(TUESDAY, THURSDAY), plans.get(0).schedule().weekdays());
        assertEquals(2, plans.get(0).schedule().everyWeeks());
        assertNull(plans.get(1).schedule(), "the first row sets it; the second reports the same");
        assertEquals(KITCHEN.id(), plans.get(1).locationId());
    }

    @Test
    void theSameScheduleIsUnchangedAndADifferentOneAnUpdate() {
        DeliverySchedule stored = new DeliverySchedule(Set.of(TUESDAY), new OrderDeadline(1, LocalTime.of(14, 0)), 1,
                LocalDate.of(2026, 6, 1), true);
        ScheduleRow same = row(2, "K-1", "KITCHEN", "Tue", "", "1", "14:00", "", "", "");
        ScheduleRow other = row(2, "K-1", "KITCHEN", "Tue", "", "2", "14:00", "", "", "");

        SchedulePlanner planner = planner(Map.of(KITCHEN.id(), new SchedulePlanner.Stored(stored, true)), Map.of());
        SchedulePlanner.Plan unchanged = planner.plan(List.of(same), List.of(same)).get(0);
        SchedulePlanner.Plan update = planner.plan(List.of(other), List.of(other)).get(0);

        assertEquals(RowAction.UNCHANGED, unchanged.action(), "without a start date the stored one is kept");
        assertNull(unchanged.schedule());
        assertEquals(RowAction.UPDATE, update.action());
        assertEquals(LocalDate.of(2026, 6, 1), update.schedule().startDate());
        SchedulePlanner.Plan kept = planner(Map.of(KITCHEN.id(), new SchedulePlanner.Stored(stored, false)), Map.of())
                .plan(List.of(same), List.of(same)).get(0);
        assertEquals(RowAction.CREATE, kept.action(), "a schedule kept for later is not the location's own yet");
    }

    @Test
    void aRouteCodeAppendsTheStopOnce() {
        ScheduleRow route = row(2, "K-2", "", "", "", "", "", "", "", "n1");
        SchedulePlanner.Plan added = planner(Map.of(), Map.of()).plan(List.of(route), List.of(route)).get(0);
        assertEquals(RowAction.CREATE, added.action());
        assertEquals(NORTH.id(), added.routeId());
        assertEquals(ADLER_DOOR.id(), added.locationId(), "a customer with one location needs no external id");
        assertTrue(ImportMessage.english(added.message()).contains("Door becomes the last stop of route n1"), added.message());

        SchedulePlanner.Plan already = planner(Map.of(), Map.of(ADLER_DOOR.id(), Set.of(NORTH.id())))
                .plan(List.of(route), List.of(route)).get(0);
        assertEquals(RowAction.UNCHANGED, already.action());
        assertNull(already.routeId());
    }

    @Test
    void unknownNumbersLocationsAndRoutesAreErrorsNamingTheColumn() {
        ScheduleRow unknownCustomer = row(2, "X-9", "", "", "", "", "", "", "", "N1");
        ScheduleRow unknownLocation = row(3, "K-1", "HALL", "Mon", "", "0", "06:00", "", "", "");
        ScheduleRow whichLocation = row(4, "K-1", "", "Mon", "", "0", "06:00", "", "", "");
        ScheduleRow unknownRoute = row(5, "K-2", "", "", "", "", "", "", "", "S9");

        List<SchedulePlanner.Plan> plans = planner(Map.of(), Map.of()).plan(
                List.of(unknownCustomer, unknownLocation, whichLocation, unknownRoute),
                List.of(unknownCustomer, unknownLocation, whichLocation, unknownRoute));

        assertTrue(plans.stream().allMatch(p -> p.action() == RowAction.ERROR));
        assertEquals("customer number", plans.get(0).errorColumn());
        assertTrue(ImportMessage.english(plans.get(0).message()).contains("you have no customer with the number X-9"));
        assertEquals("location external id", plans.get(1).errorColumn());
        assertTrue(ImportMessage.english(plans.get(1).message()).contains("\"HALL\" is not the external id of a delivery location of your customer Krone"));
        assertTrue(ImportMessage.english(plans.get(2).message()).contains("has 2 delivery locations"));
        assertEquals("route code", plans.get(3).errorColumn());
        assertTrue(ImportMessage.english(plans.get(3).message()).contains("you have no route with the code S9"));
    }

    @Test
    void aBadRowOrDisagreeingRowsSpoilTheirLocationsOtherRows() {
        ScheduleRow good = row(2, "K-1", "KITCHEN", "Tue", "", "1", "14:00", "", "", "");
        ScheduleRow bad = row(3, "K-1", "KITCHEN", "Funday", "", "1", "14:00", "", "", "");
        List<SchedulePlanner.Plan> spoiled = planner(Map.of(), Map.of()).plan(List.of(good), List.of(good, bad));
        assertEquals(RowAction.ERROR, spoiled.get(0).action());
        assertTrue(ImportMessage.english(spoiled.get(0).message()).contains("Row 3 for the same delivery location has an error"));

        ScheduleRow unknownRoute = row(3, "K-1", "KITCHEN", "", "", "", "", "", "", "S9");
        List<SchedulePlanner.Plan> routeAlone = planner(Map.of(), Map.of()).plan(List.of(good), List.of(good, unknownRoute));
        assertEquals(RowAction.CREATE, routeAlone.get(0).action(), "a route code in error spoils no schedule");

        ScheduleRow differing = row(3, "K-1", "KITCHEN", "Thu", "", "2", "14:00", "", "", "");
        List<SchedulePlanner.Plan> disagree = planner(Map.of(), Map.of()).plan(List.of(good, differing), List.of(good, differing));
        assertTrue(ImportMessage.english(disagree.get(1).message()).contains("Differs from row 2"), disagree.get(1).message());
        assertEquals(RowAction.ERROR, disagree.get(0).action());
        assertNull(disagree.get(0).schedule());

        ScheduleRow fridayForTwoDays = row(2, "K-1", "CELLAR", "Mon, Tue", "", "Friday", "12:00", "", "", "");
        SchedulePlanner.Plan ambiguous = planner(Map.of(), Map.of()).plan(List.of(fridayForTwoDays), List.of(fridayForTwoDays)).get(0);
        assertEquals("deadline day", ambiguous.errorColumn());
        ScheduleRow fridayForMonday = row(2, "K-1", "CELLAR", "Mon", "", "Friday", "12:00", "", "", "");
        SchedulePlanner.Plan weekend = planner(Map.of(), Map.of()).plan(List.of(fridayForMonday), List.of(fridayForMonday)).get(0);
        assertNotNull(weekend.schedule());
        assertEquals(3, weekend.schedule().deadlineDaysBefore());
        assertEquals(TODAY, weekend.schedule().startDate(), "a new schedule without a start date starts today");
    }

    private static SchedulePlanner planner(Map<Long, SchedulePlanner.Stored> schedules, Map<Long, Set<Long>> stops) {
        return new SchedulePlanner(Map.of("k-1", KRONE, "k-2", ADLER),
                Map.of(KRONE.companyId(), List.of(KITCHEN, CELLAR), ADLER.companyId(), List.of(ADLER_DOOR)),
                schedules, stops, Map.of("n1", NORTH), TODAY);
    }

    private static ScheduleRow row(int number, String... cells) {
        return ScheduleRow.of(number, List.of(cells), COLUMNS);
    }
}
