package com.clientbook.services.delivery;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.delivery.LocationDeliveries.Source;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.route.RouteInput;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteView;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.vendor.FunnelService;
import com.clientbook.services.vendor.VendorSettingsService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer's delivery days inside Payara Micro, on PostgreSQL: inherited from the routes a location is a stop on,
 * or its own schedule (kept when going back to the routes), closures applied, deadlines in the vendor's zone
 * (Europe/Vienna) and the customer's (Europe/London); another vendor's customer and another company's location are
 * "not found". A deployment of its own (about 15 s of the suite).
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryPlansIT {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    DeliveryPlans plans;

    @Inject
    ClosureService closures;

    @Inject
    RouteService routes;

    @Inject
    CustomerService customers;

    @Inject
    DeliveryLocationService locations;

    @Inject
    VendorSettingsService settings;

    @Inject
    TestData data;

    @Inject
    FunnelService funnel;

    @Inject
    CustomerLinkService links;

    @Test
    void aLocationTakesItsRoutesDaysUntilItGetsItsOwnAndBackAgain() {
        Actor vendor = viennaVendor();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen", "Cellar");
        data.setTimeZone(adler.customer.companyId(), "Europe/London");
        RouteView north = routes.create(vendor, new RouteInput("North", "N1", Set.of(MONDAY, THURSDAY), 1, LocalTime.of(14, 0), null, true));
        long kitchen = adler.locations.get(0).id();
        routes.addStop(vendor, north.id(), adler.customer.id(), kitchen, null, null);

        CustomerDeliveries before = plans.forCustomer(vendor, adler.customer.id());
        assertEquals(VIENNA, before.vendorZone());
        assertEquals(LONDON, before.customerZone());
        LocationPlan kitchenPlan = plan(before, kitchen);
        assertEquals(Source.ROUTES, kitchenPlan.schedule().source());
        assertEquals(5, kitchenPlan.next().size());
        for (PlannedDelivery day : kitchenPlan.next()) {
            assertTrue(Set.of(MONDAY, THURSDAY).contains(day.date().getDayOfWeek()), day.toString());
            assertEquals("N1", day.routeCode());
            assertEquals(day.date().minusDays(1).atTime(14, 0), day.deadlineVendorTime());
            assertEquals(day.date().minusDays(1).atTime(13, 0), day.deadlineCustomerTime(), "London is an hour behind Vienna");
        }
        assertEquals(Source.NONE, plan(before, adler.locations.get(1).id()).schedule().source());
        assertTrue(plan(before, adler.locations.get(1).id()).next().isEmpty());
        assertTrue(before.onRoute());
        assertTrue(before.hasDeliveryDays());

        ScheduleInput biweekly = new ScheduleInput(Set.of(TUESDAY), 2, LocalTime.of(12, 0), 2, nextMonday(), true);
        ScheduleView own = plans.setSchedule(vendor, adler.customer.id(), kitchen, biweekly, 0L);
        assertEquals(Source.OWN, own.source());
        assertEquals(List.of("N1"), own.routes().stream().map(RouteChoice::code).toList(), "the location stays on its route");
        List<PlannedDelivery> ownDays = plan(plans.forCustomer(vendor, adler.customer.id()), kitchen).next();
        assertEquals(nextMonday().plusDays(1), ownDays.get(0).date());
        assertEquals(nextMonday().plusDays(15), ownDays.get(1).date(), "every two weeks");
        assertEquals("N1", ownDays.get(0).routeCode(), "the route still drives");

        assertThrows(ConcurrentChangeException.class,
                () -> plans.setSchedule(vendor, adler.customer.id(), kitchen, biweekly, 0L), "a stale version");
        ScheduleView inherited = plans.inherit(vendor, adler.customer.id(), kitchen, own.version());
        assertEquals(Source.ROUTES, inherited.source());
        assertEquals(Set.of(TUESDAY), inherited.settings().weekdays(), "the own schedule is kept for later");
        assertTrue(inherited.version() > own.version());
        assertEquals(List.of("DELIVERY_SCHEDULE_INHERITED", "DELIVERY_SCHEDULE_SET"),
                data.historyOf(adler.customer.id()).stream().filter(action -> action.startsWith("DELIVERY")).toList());
    }

    @Test
    void theDeliveryDaysOfARangeHonourClosuresAndSayWhyADayMoved() {
        Actor vendor = viennaVendor();
        Located krone = customerWithLocations(vendor, "Krone", "Back door");
        long door = krone.locations.get(0).id();
        LocalDate monday = nextMonday().plusWeeks(1);
        plans.setSchedule(vendor, krone.customer.id(), door,
                new ScheduleInput(Set.of(MONDAY, THURSDAY), 1, LocalTime.of(23, 0), 1, monday, true), null);
        closures.add(vendor, new ClosureInput(monday, ClosureRule.MOVE_LATER, "Inventory"));
        closures.add(vendor, new ClosureInput(monday.plusDays(3), ClosureRule.SKIP, "Holiday"));

        DeliveryDays days = plans.deliveryDays(vendor, krone.customer.id(), monday, monday.plusDays(7));

        assertEquals(List.of(monday.plusDays(1), monday.plusDays(7)), days.days().stream().map(PlannedDelivery::date).toList());
        PlannedDelivery moved = days.days().get(0);
        assertEquals(monday, moved.movedFrom());
        assertEquals("Inventory", moved.movedBecause());
        assertEquals(monday.atTime(23, 0), moved.deadlineVendorTime(), "the deadline follows the day it moved to");
        assertEquals(VIENNA, days.customerZone(), "a customer without a time zone reads the vendor's");
        assertNull(moved.routeId());

        assertThrows(ConflictException.class, () -> closures.add(vendor, new ClosureInput(monday, ClosureRule.SKIP, "Again")));
        assertThrows(InvalidInputException.class, () -> plans.deliveryDays(vendor, krone.customer.id(), monday, monday.minusDays(1)));
        assertThrows(InvalidInputException.class, () -> plans.deliveryDays(vendor, krone.customer.id(), monday, monday.plusDays(366)));
        assertThrows(InvalidInputException.class, () -> plans.setSchedule(vendor, krone.customer.id(), door,
                new ScheduleInput(Set.of(), 1, LocalTime.NOON, 1, monday, true), null), "an enabled schedule needs a weekday");
        assertThrows(InvalidInputException.class, () -> plans.setSchedule(vendor, krone.customer.id(), door,
                new ScheduleInput(Set.of(MONDAY), 1, LocalTime.NOON, 53, monday, true), null));
    }

    @Test
    void anotherVendorsCustomerAndAnotherCompanysLocationAreNotFound() {
        Actor vendor = viennaVendor();
        Actor other = data.newVendorAdmin();
        Located mine = customerWithLocations(vendor, "Mine", "Kitchen");
        Located theirs = customerWithLocations(other, "Theirs", "Hall");
        ScheduleInput weekly = new ScheduleInput(Set.of(MONDAY), 1, LocalTime.NOON, 1, nextMonday(), true);
        long kitchen = mine.locations.get(0).id();
        long hall = theirs.locations.get(0).id();

        assertThrows(NotFoundException.class, () -> plans.forCustomer(other, mine.customer.id()));
        assertThrows(NotFoundException.class, () -> plans.schedule(other, mine.customer.id(), kitchen));
        assertThrows(NotFoundException.class, () -> plans.setSchedule(other, mine.customer.id(), kitchen, weekly, null));
        assertThrows(NotFoundException.class, () -> plans.setSchedule(other, theirs.customer.id(), kitchen, weekly, null),
                "another company's location under one's own customer");
        assertThrows(NotFoundException.class, () -> plans.setSchedule(vendor, mine.customer.id(), hall, weekly, null));
        assertThrows(NotFoundException.class, () -> plans.inherit(other, mine.customer.id(), kitchen, null));
        assertThrows(NotFoundException.class, () -> plans.deliveryDays(other, mine.customer.id(), nextMonday(), nextMonday()));
        assertThrows(NotPermittedException.class, () -> plans.forCustomer(mine.admin, mine.customer.id()));
        assertEquals(Source.NONE, plans.schedule(vendor, mine.customer.id(), kitchen).source(), "nothing changed");

        ClosureView closure = closures.add(vendor, new ClosureInput(nextMonday(), ClosureRule.SKIP, "Inventory"));
        assertThrows(NotFoundException.class, () -> closures.get(other, closure.id()));
        assertThrows(NotFoundException.class, () -> closures.remove(other, closure.id()));
        assertTrue(closures.list(other, null).isEmpty());
        Actor staff = data.newCustomerPerson(vendor.companyId(), Role.VENDOR_STAFF);
        assertEquals(1, closures.list(staff, null).size(), "staff read the closures");
        assertThrows(NotPermittedException.class, () -> closures.remove(staff, closure.id()), "admins keep them");
        closures.remove(vendor, closure.id());
        assertTrue(closures.list(vendor, null).isEmpty());
    }

    @Test
    void theCustomerSeesEachVendorsDaysOnItsOwnClock() {
        Actor vienna = viennaVendor();
        Located adler = customerWithLocations(vienna, "Adler", "Kitchen");
        data.setTimeZone(adler.customer.companyId(), "Europe/London");
        plans.setSchedule(vienna, adler.customer.id(), adler.locations.get(0).id(),
                new ScheduleInput(Set.of(THURSDAY), 1, LocalTime.of(14, 0), 1, nextMonday(), true), null);

        List<VendorDeliveries> mine = plans.myDeliveries(adler.admin);

        assertEquals(1, mine.size());
        assertEquals(LONDON, mine.get(0).zone());
        PlannedDelivery first = mine.get(0).locations().get(0).next().get(0);
        assertEquals(DayOfWeek.THURSDAY, first.date().getDayOfWeek());
        assertEquals(first.date().minusDays(1).atTime(13, 0), first.deadlineCustomerTime());
        assertFalse(plans.myDeliveries(data.newCustomerAdmin("Nobody " + UUID.randomUUID())).iterator().hasNext());
    }

    // ---- the customer list's next-delivery column and the dashboard's "without delivery days" (issue 14)

    @Test
    void theListsNextDeliveryIsTheEarliestOfTheCustomersLocationsWithClosuresRecurrenceAndDisabledSchedules() {
        Actor vendor = viennaVendor();
        RouteView north = routes.create(vendor, new RouteInput("North", "N1", Set.of(MONDAY, THURSDAY), 1, LocalTime.of(14, 0), null, true));
        Located onRoute = customerWithLocations(vendor, "Next A route", "Kitchen");
        routes.addStop(vendor, north.id(), onRoute.customer.id(), onRoute.locations.get(0).id(), null, null);
        Located biweekly = customerWithLocations(vendor, "Next B biweekly", "Kitchen", "Cellar");
        LocalDate firstTuesday = nextMonday().plusWeeks(1).plusDays(1);
        plans.setSchedule(vendor, biweekly.customer.id(), biweekly.locations.get(0).id(),
                new ScheduleInput(Set.of(TUESDAY), 2, LocalTime.of(12, 0), 2, nextMonday().plusWeeks(1), true), null);
        plans.setSchedule(vendor, biweekly.customer.id(), biweekly.locations.get(1).id(),
                new ScheduleInput(Set.of(THURSDAY), 1, LocalTime.of(12, 0), 1, firstTuesday.plusWeeks(3), true), null);
        Located disabled = customerWithLocations(vendor, "Next C disabled", "Kitchen");
        routes.addStop(vendor, north.id(), disabled.customer.id(), disabled.locations.get(0).id(), null, null);
        plans.setSchedule(vendor, disabled.customer.id(), disabled.locations.get(0).id(),
                new ScheduleInput(Set.of(MONDAY), 1, LocalTime.of(12, 0), 1, nextMonday(), false), null);
        Located nothing = customerWithLocations(vendor, "Next D nothing", "Kitchen");

        Map<String, NextDelivery> column = nextDeliveries(vendor);
        PlannedDelivery routeFirst = plans.forCustomer(vendor, onRoute.customer.id()).locations().get(0).next().get(0);
        assertEquals(routeFirst.date(), column.get("Next A route").date(), "the details page's first next delivery");
        assertEquals(routeFirst.orderDeadline(), column.get("Next A route").orderDeadline());
        assertEquals(routeFirst.date().minusDays(1).atTime(14, 0), column.get("Next A route").deadlineVendorTime());
        assertEquals("N1", column.get("Next A route").routeCode());
        assertEquals(firstTuesday, column.get("Next B biweekly").date(), "the earlier of the two locations");
        assertEquals(firstTuesday.minusDays(2).atTime(12, 0), column.get("Next B biweekly").deadlineVendorTime());
        assertNull(column.get("Next C disabled"), "a disabled own schedule delivers on no day, route or not");
        assertNull(column.get("Next D nothing"), "no schedule, no route: no next delivery");

        closures.add(vendor, new ClosureInput(firstTuesday, ClosureRule.SKIP, "Inventory"));
        closures.add(vendor, new ClosureInput(routeFirst.date(), ClosureRule.SKIP, "Holiday"));
        column = nextDeliveries(vendor);
        assertEquals(firstTuesday.plusWeeks(2), column.get("Next B biweekly").date(),
                "the skipped Tuesday's next is two weeks on, not one (the other location starts later still)");
        assertTrue(column.get("Next A route").date().isAfter(routeFirst.date()), "the route's closed day is skipped");
        assertEquals(plans.forCustomer(vendor, onRoute.customer.id()).locations().get(0).next().get(0).date(),
                column.get("Next A route").date());
        assertEquals(column.get("Next B biweekly").date(), customers.get(vendor, biweekly.customer.id()).nextDelivery().date(),
                "a single customer's read says the same");
    }

    @Test
    void theDashboardCountsThoseWithoutDeliveryDaysAsTheListFiltersThemAndNoOtherVendorsCustomers() {
        Actor vendor = viennaVendor();
        RouteView north = routes.create(vendor, new RouteInput("North", "N1", Set.of(MONDAY), 1, LocalTime.of(14, 0), null, true));
        RouteView idle = routes.create(vendor, new RouteInput("Idle", "I1", Set.of(MONDAY), 1, LocalTime.of(14, 0), null, false));
        Located onRoute = customerWithLocations(vendor, "Days A route", "Kitchen");
        routes.addStop(vendor, north.id(), onRoute.customer.id(), onRoute.locations.get(0).id(), null, null);
        Located own = customerWithLocations(vendor, "Days B own", "Kitchen");
        plans.setSchedule(vendor, own.customer.id(), own.locations.get(0).id(),
                new ScheduleInput(Set.of(TUESDAY), 1, LocalTime.of(12, 0), 2, nextMonday(), true), null);
        Located disabled = customerWithLocations(vendor, "Days C disabled", "Kitchen");
        routes.addStop(vendor, north.id(), disabled.customer.id(), disabled.locations.get(0).id(), null, null);
        plans.setSchedule(vendor, disabled.customer.id(), disabled.locations.get(0).id(),
                new ScheduleInput(Set.of(MONDAY), 1, LocalTime.of(12, 0), 1, nextMonday(), false), null);
        Located inactiveRoute = customerWithLocations(vendor, "Days D idle route", "Kitchen");
        routes.addStop(vendor, idle.id(), inactiveRoute.customer.id(), inactiveRoute.locations.get(0).id(), null, null);
        customerWithLocations(vendor, "Days E nothing");
        Actor other = viennaVendor();
        Located theirs = customerWithLocations(other, "Days F theirs", "Kitchen");

        CustomerQuery without = CustomerQuery.firstPage().withBans(CustomerQuery.BanFilter.ALL).withDeliveryDays(false);
        List<String> listed = customers.list(vendor, without).items().stream().map(c -> c.companyName().substring(0, 15)).sorted().toList();
        assertEquals(List.of("Days C disabled", "Days D idle rou", "Days E nothing "), listed);
        assertEquals(3, funnel.funnel(vendor).withoutDeliveryDays(), "the dashboard counts what the list shows");
        assertEquals(3, customers.count(vendor, without));
        assertEquals(2, customers.count(vendor, without.withDeliveryDays(true)));
        assertTrue(customers.list(vendor, without).items().stream().allMatch(c -> c.nextDelivery() == null),
                "none of them has a next delivery");
        assertTrue(customers.list(vendor, without.withDeliveryDays(true)).items().stream().allMatch(c -> c.nextDelivery() != null));
        for (CustomerView customer : customers.list(vendor, without.withDeliveryDays(null)).items()) {
            boolean listedWithout = listed.contains(customer.companyName().substring(0, 15));
            assertEquals(!listedWithout, plans.forCustomer(vendor, customer.id()).hasDeliveryDays(),
                    customer.companyName() + ": the details page's setup check says what the dashboard counts");
        }

        // what the database keeps follows every change: a route switched off, a location removed with its schedule
        routes.change(vendor, north.id(), new RouteInput("North", "N1", Set.of(MONDAY), 1, LocalTime.of(14, 0), null, false), null);
        assertEquals(4, funnel.funnel(vendor).withoutDeliveryDays(), "the route delivers on no day now");
        assertNull(customers.get(vendor, onRoute.customer.id()).nextDelivery());
        locations.remove(own.admin, own.locations.get(0).id(), null);
        assertEquals(5, customers.count(vendor, without), "the location went, and its schedule with it");
        routes.change(vendor, north.id(), new RouteInput("North", "N1", Set.of(MONDAY), 1, LocalTime.of(14, 0), null, true), null);
        assertEquals(4, funnel.funnel(vendor).withoutDeliveryDays(), "back on");

        assertEquals(1, funnel.funnel(other).withoutDeliveryDays(), "another vendor counts only its own");
        assertEquals(List.of(theirs.customer.id()), customers.list(other, without).items().stream().map(CustomerView::id).toList());
        assertThrows(NotFoundException.class, () -> customers.get(other, onRoute.customer.id()));
    }

    @Test
    void nextDeliveryReadsOnlyTheVendorsOwnCurrentRoutesAndSchedulesInOneGo() {
        Actor vendor = viennaVendor();
        Actor other = viennaVendor();
        Located shared = customerWithLocations(vendor, "Next E shared", "Kitchen", "Cellar");
        CustomerView theirs = links.link(other, CustomerLink.byEmail(data.companyEmailOf(shared.customer.companyId()), null));
        long kitchen = shared.locations.get(0).id();
        long cellar = shared.locations.get(1).id();
        // the other vendor delivers both locations every day: none of that is this vendor's days
        RouteView daily = routes.create(other, new RouteInput("Daily", "D1", EnumSet.allOf(DayOfWeek.class), 1, LocalTime.of(20, 0), null, true));
        routes.addStop(other, daily.id(), theirs.id(), kitchen, null, null);
        plans.setSchedule(other, theirs.id(), cellar,
                new ScheduleInput(EnumSet.allOf(DayOfWeek.class), 1, LocalTime.of(20, 0), 1, nextMonday(), true), null);
        // this vendor: the kitchen on a Thursday and a Wednesday route and on an archived Tuesday one; the cellar's own
        // Monday schedule kept for later, so the cellar has no days
        RouteView thursday = routes.create(vendor, new RouteInput("B Thursday", "B4", Set.of(THURSDAY), 1, LocalTime.of(14, 0), null, true));
        RouteView wednesday = routes.create(vendor, new RouteInput("A Wednesday", "A3", Set.of(WEDNESDAY), 1, LocalTime.of(14, 0), null, true));
        RouteView gone = routes.create(vendor, new RouteInput("C Tuesday", "C2", Set.of(TUESDAY), 1, LocalTime.of(14, 0), null, true));
        for (RouteView route : List.of(thursday, wednesday, gone)) {
            routes.addStop(vendor, route.id(), shared.customer.id(), kitchen, null, null);
        }
        routes.archive(vendor, gone.id(), null);
        ScheduleView kept = plans.setSchedule(vendor, shared.customer.id(), cellar,
                new ScheduleInput(Set.of(MONDAY), 1, LocalTime.of(14, 0), 1, nextMonday(), true), null);
        plans.inherit(vendor, shared.customer.id(), cellar, kept.version());

        LocalDate monday = nextMonday().plusWeeks(1);
        assertEquals(List.of(monday.plusDays(2) + " A3 Kitchen", monday.plusDays(3) + " B4 Kitchen"),
                plans.deliveryDays(vendor, shared.customer.id(), monday, monday.plusDays(6)).days().stream()
                        .map(day -> day.date() + " " + day.routeCode() + " " + day.locationName()).toList());
        PlannedDelivery first = plan(plans.forCustomer(vendor, shared.customer.id()), kitchen).next().get(0);
        NextDelivery next = customers.get(vendor, shared.customer.id()).nextDelivery();
        assertEquals(first.date(), next.date(), "the details page's first delivery, read location by location");
        assertEquals(first.routeCode(), next.routeCode());
        assertTrue(Set.of(WEDNESDAY, THURSDAY).contains(next.date().getDayOfWeek()), next.toString());
        assertEquals(next, nextDeliveries(vendor).get("Next E shared"), "the list's column says the same");
        assertTrue(plans.forCustomer(vendor, shared.customer.id()).locations().stream()
                .filter(location -> location.schedule().locationId() == cellar).allMatch(location -> location.next().isEmpty()));
        assertEquals(List.of(monday + " D1 Kitchen", monday + " null Cellar"),
                plans.deliveryDays(other, theirs.id(), monday, monday).days().stream()
                        .map(day -> day.date() + " " + day.routeCode() + " " + day.locationName()).sorted().toList(),
                "the other vendor's days are its own");
    }

    private Map<String, NextDelivery> nextDeliveries(Actor vendor) {
        Map<String, NextDelivery> column = new HashMap<>();
        for (CustomerView customer : customers.list(vendor, CustomerQuery.firstPage()).items()) {
            if (customer.nextDelivery() != null) {
                column.put(customer.companyName().substring(0, customer.companyName().lastIndexOf(' ')), customer.nextDelivery());
            }
        }
        return column;
    }

    private Actor viennaVendor() {
        Actor vendor = data.newVendorAdmin();
        settings.setTimeZone(vendor, "Europe/Vienna");
        return vendor;
    }

    private static LocalDate nextMonday() {
        return LocalDate.now(VIENNA).plusDays(1).with(TemporalAdjusters.next(MONDAY));
    }

    private static LocationPlan plan(CustomerDeliveries deliveries, long locationId) {
        return deliveries.locations().stream().filter(p -> p.schedule().locationId() == locationId).findFirst().orElseThrow();
    }

    private record Located(CustomerView customer, Actor admin, List<LocationView> locations) {
    }

    private Located customerWithLocations(Actor vendor, String name, String... locationNames) {
        CustomerView customer = customers.add(vendor, new NewCustomer(name + " " + UUID.randomUUID(),
                "contact-" + UUID.randomUUID() + "@customer.example", "Chris", "Customer", "+43 1 234", "Ring 1", "1010",
                "Wien", "at", null, false));
        Actor admin = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_ADMIN);
        List<LocationView> added = new ArrayList<>();
        for (String locationName : locationNames) {
            added.add(locations.add(admin, new LocationInput(locationName, "Ring 1", "1010", "Wien", "AT", null, null, null, List.of())));
        }
        return new Located(customer, admin, added);
    }
}
