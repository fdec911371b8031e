package com.clientbook.services.route;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.delivery.DeliveryDay;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routes inside Payara Micro, on PostgreSQL: stops in the driver's order, only the vendor's own customers' locations,
 * two people reordering at once, a location removed by its customer, the next deliveries. A deployment of its own
 * (about 15 s of the suite).
 */
@ExtendWith(ArquillianExtension.class)
class RoutesIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    RouteService routes;

    @Inject
    CustomerService customers;

    @Inject
    DeliveryLocationService locations;

    @Inject
    TestData data;

    @Test
    void aRouteKeepsItsStopsInTheDriversOrderAndItsHistory() {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen", "Cellar");
        Located krone = customerWithLocations(vendor, "Krone", "Back door");
        RouteView route = routes.create(vendor, input("North", "N1"));

        routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);
        routes.addStop(vendor, route.id(), krone.customer.id(), krone.locations.get(0).id(), null, null);
        RouteView added = routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(1).id(), 0, null);
        assertEquals(List.of("Cellar", "Kitchen", "Back door"), names(added));
        assertEquals(adler.customer.id(), added.stops().get(0).customerId());

        RouteView moved = routes.moveStop(vendor, route.id(), krone.locations.get(0).id(), 0, null);
        assertEquals(List.of("Back door", "Cellar", "Kitchen"), names(moved));
        assertEquals(moved.version(), routes.get(vendor, route.id()).version(), "the answer carries the stored version");
        RouteView removed = routes.removeStop(vendor, route.id(), adler.locations.get(1).id(), moved.version());
        assertEquals(List.of("Back door", "Kitchen"), names(removed));
        assertEquals(List.of("0:" + krone.locations.get(0).id(), "1:" + adler.locations.get(0).id()), data.storedStops(route.id()));

        assertThrows(RuleViolationException.class,
                () -> routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(0).id(), null, null),
                "a location is a stop once on a route");
        List<AuditEvent> history = routes.history(vendor, route.id());
        assertEquals(List.of("STOP_REMOVED", "STOP_MOVED", "STOP_ADDED", "STOP_ADDED", "STOP_ADDED", "ROUTE_CREATED"),
                history.stream().map(AuditEvent::action).toList());
        assertEquals(krone.customer.companyName() + ": Back door (3)", history.get(1).oldValue(), "the move says from where");
        assertEquals(krone.customer.companyName() + ": Back door (1)", history.get(1).newValue(), "and to where");
    }

    @Test
    void aLocationMayBeAStopOnSeveralRoutes() {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen");
        RouteView north = routes.create(vendor, input("North", "N1"));
        RouteView friday = routes.create(vendor, input("Friday extra", "F1"));

        routes.addStop(vendor, north.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);
        routes.addStop(vendor, friday.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);

        assertEquals(List.of("Kitchen"), names(routes.get(vendor, north.id())));
        assertEquals(List.of("Kitchen"), names(routes.get(vendor, friday.id())));
    }

    @Test
    void aStopIsAlwaysALocationOfTheVendorsOwnCustomer() {
        Actor vendor = data.newVendorAdmin();
        Actor otherVendor = data.newVendorAdmin();
        Located mine = customerWithLocations(vendor, "Mine", "Kitchen");
        Located theirs = customerWithLocations(otherVendor, "Theirs", "Hall");
        RouteView route = routes.create(vendor, input("North", "N1"));
        RouteView otherRoute = routes.create(otherVendor, input("South", "S1"));

        assertThrows(NotFoundException.class,
                () -> routes.addStop(vendor, route.id(), theirs.customer.id(), theirs.locations.get(0).id(), null, null),
                "another vendor's customer");
        assertThrows(NotFoundException.class,
                () -> routes.addStop(vendor, route.id(), mine.customer.id(), theirs.locations.get(0).id(), null, null),
                "another company's location under one's own customer");
        assertThrows(NotFoundException.class, () -> routes.get(otherVendor, route.id()), "another vendor's route");
        assertThrows(NotFoundException.class,
                () -> routes.addStop(otherVendor, route.id(), theirs.customer.id(), theirs.locations.get(0).id(), null, null));
        assertThrows(NotFoundException.class, () -> routes.archive(otherVendor, route.id(), null));
        assertEquals(List.of("South"), routes.list(otherVendor).stream().map(RouteView::name).toList());
        assertTrue(routes.get(vendor, route.id()).stops().isEmpty());
        assertTrue(routes.get(otherVendor, otherRoute.id()).stops().isEmpty());
    }

    @Test
    void whoKeepsRoutesAndWhatARouteMustHave() {
        Actor vendor = data.newVendorAdmin();
        Actor staff = data.newCustomerPerson(vendor.companyId(), Role.VENDOR_STAFF);
        RouteView route = routes.create(staff, input("North", "N1"));

        assertThrows(ConflictException.class, () -> routes.create(vendor, input("Another north", " n1 ")), "codes are unique, in any case");
        assertThrows(InvalidInputException.class, () -> routes.create(vendor, new RouteInput(" ", "X", Set.of(MONDAY), 1, LocalTime.NOON, null, true)));
        assertThrows(InvalidInputException.class, () -> routes.create(vendor, new RouteInput("X", "X", Set.of(MONDAY), 15, LocalTime.NOON, null, true)));
        Actor customer = data.newCustomerAdmin("Not a vendor " + UUID.randomUUID());
        assertThrows(NotPermittedException.class, () -> routes.list(customer));
        assertEquals(List.of("North"), routes.list(vendor).stream().map(RouteView::name).toList());

        routes.archive(vendor, route.id(), route.version());
        assertTrue(routes.list(vendor).isEmpty());
        assertThrows(NotFoundException.class, () -> routes.change(vendor, route.id(), input("North", "N1"), null));
        assertTrue(routes.get(vendor, route.id()).archived(), "an archived route stays readable");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen", "Cellar");
        RouteView route = routes.create(vendor, input("North", "N1"));
        routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);
        RouteView read = routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(1).id(), null, null);

        routes.moveStop(vendor, route.id(), adler.locations.get(1).id(), 0, read.version());

        assertThrows(ConcurrentChangeException.class,
                () -> routes.moveStop(vendor, route.id(), adler.locations.get(0).id(), 0, read.version()));
        assertEquals(List.of("Cellar", "Kitchen"), names(routes.get(vendor, route.id())));
    }

    @Test
    void twoPeopleReorderingAtOnceLeaveAWholeOrder() throws Exception {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "A", "B", "C", "D", "E", "F");
        RouteView route = routes.create(vendor, input("North", "N1"));
        for (LocationView location : adler.locations) {
            routes.addStop(vendor, route.id(), adler.customer.id(), location.id(), null, null);
        }
        List<Callable<Boolean>> moves = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long locationId = adler.locations.get(i % adler.locations.size()).id();
            int position = (i * 5) % adler.locations.size();
            moves.add(() -> {
                try {
                    routes.moveStop(vendor, route.id(), locationId, position, null);
                    return true;
                } catch (ConcurrentChangeException refused) {
                    return false;
                }
            });
        }

        ExecutorService twoPeople = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> outcomes;
        try {
            outcomes = twoPeople.invokeAll(moves, 2, TimeUnit.MINUTES);
        } finally {
            twoPeople.shutdown();
        }

        int applied = 0;
        for (Future<Boolean> outcome : outcomes) {
            applied += outcome.get() ? 1 : 0; // anything but a clear refusal fails the test here
        }
        assertTrue(applied > 0);
        List<String> stored = data.storedStops(route.id());
        assertEquals(IntStream.range(0, 6).mapToObj(String::valueOf).toList(),
                stored.stream().map(row -> row.substring(0, row.indexOf(':'))).toList(), "positions 0..5, none twice");
        assertEquals(adler.locations.stream().map(location -> String.valueOf(location.id())).sorted().toList(),
                stored.stream().map(row -> row.substring(row.indexOf(':') + 1)).sorted().toList(), "every stop once");
    }

    @Test
    void aLocationItsCustomerRemovesLeavesTheRouteAndTheRouteSaysSo() {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen", "Cellar");
        RouteView route = routes.create(vendor, input("North", "N1"));
        routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);
        routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(1).id(), null, null);

        LocationView cellar = locations.get(adler.admin, adler.locations.get(1).id());
        locations.remove(adler.admin, cellar.id(), cellar.version());

        assertEquals(List.of("Kitchen"), names(routes.get(vendor, route.id())));
        AuditEvent gone = routes.history(vendor, route.id()).get(0);
        assertEquals("STOP_LOCATION_REMOVED", gone.action());
        assertEquals(adler.admin.label(), gone.actor());
        assertTrue(gone.oldValue().endsWith(": Cellar"), gone.oldValue());
    }

    @Test
    void theNextDeliveriesAreOnTheRoutesWeekdaysWithTheirDeadlines() {
        Actor vendor = data.newVendorAdmin();
        RouteView route = routes.create(vendor, new RouteInput("North", "N1", Set.of(MONDAY, THURSDAY), 1, LocalTime.of(14, 0), null, true));

        List<DeliveryDay> next = routes.nextDeliveries(vendor, route.id(), 5).days();

        assertEquals(5, next.size());
        for (DeliveryDay day : next) {
            assertTrue(Set.of(MONDAY, THURSDAY).contains(day.date().getDayOfWeek()), day.toString());
            assertEquals(day.date().minusDays(1).atTime(14, 0).toInstant(java.time.ZoneOffset.UTC), day.orderDeadline(),
                    "a vendor without a time zone reads deadlines in UTC");
        }
        RouteView inactive = routes.change(vendor, route.id(), new RouteInput("North", "N1", Set.of(MONDAY), 1, LocalTime.NOON, null, false), null);
        assertFalse(inactive.active());
        assertTrue(routes.nextDeliveries(vendor, route.id(), 5).days().isEmpty(), "an inactive route delivers on no day");
        assertEquals("ROUTE_CHANGED", routes.history(vendor, route.id()).get(0).action());
    }

    @Test
    void theDaySheetListsTheStopsInOrderWithWhatTheDriverNeedsAndSaysWhetherTheRouteDelivers() {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen", "Cellar");
        RouteView route = routes.create(vendor, input("North", "N1")); // Mondays and Thursdays
        routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);
        RouteView read = routes.addStop(vendor, route.id(), adler.customer.id(), adler.locations.get(1).id(), 0, null);
        java.time.LocalDate monday = java.time.LocalDate.now().with(java.time.temporal.TemporalAdjusters.next(MONDAY));

        DaySheet sheet = routes.daySheet(vendor, route.id(), monday);
        assertEquals(DaySheet.Delivery.DELIVERY_DAY, sheet.delivery());
        assertEquals(monday.minusDays(1).atTime(14, 0).toInstant(java.time.ZoneOffset.UTC), sheet.orderDeadline());
        assertEquals(List.of("Cellar", "Kitchen"), sheet.stops().stream().map(DaySheet.Stop::locationName).toList());
        DaySheet.Stop cellar = sheet.stops().get(0);
        assertEquals(adler.customer.id(), cellar.customerId());
        assertEquals("+43 1 234", cellar.phone(), "the company's phone where the location has none");
        assertEquals("Wien", cellar.address().city());
        assertEquals(List.of(MONDAY), cellar.receivingHours().stream().map(w -> w.day()).toList());

        assertEquals(DaySheet.Delivery.NOT_A_DELIVERY_DAY, routes.daySheet(vendor, route.id(), monday.plusDays(1)).delivery());
        assertEquals(2, routes.daySheet(vendor, route.id(), monday.plusDays(1)).stops().size(), "the stops either way");

        data.closeVendorOn(vendor.companyId(), monday.plusDays(7), "MOVE_LATER", "Inventory");
        DaySheet closed = routes.daySheet(vendor, route.id(), monday.plusDays(7));
        assertEquals(DaySheet.Delivery.CLOSED, closed.delivery());
        assertEquals("Inventory", closed.closureReason());
        assertEquals(monday.plusDays(8), closed.otherDate(), "moved to the Tuesday");
        DaySheet moved = routes.daySheet(vendor, route.id(), monday.plusDays(8));
        assertEquals(DaySheet.Delivery.MOVED_HERE, moved.delivery());
        assertEquals(monday.plusDays(7), moved.otherDate());

        routes.change(vendor, route.id(), new RouteInput("North", "N1", Set.of(MONDAY), 1, LocalTime.NOON, null, false), read.version());
        assertEquals(DaySheet.Delivery.INACTIVE, routes.daySheet(vendor, route.id(), monday).delivery());
        Actor otherVendor = data.newVendorAdmin();
        assertThrows(NotFoundException.class, () -> routes.daySheet(otherVendor, route.id(), monday), "another vendor's route");
    }

    @Test
    void theListIsOnePageOfTheVendorsRoutesByNameWithTheirStopCounts() {
        Actor vendor = data.newVendorAdmin();
        Located adler = customerWithLocations(vendor, "Adler", "Kitchen");
        RouteView charlie = routes.create(vendor, input("Charlie", "C1"));
        routes.create(vendor, input("alpha", "A1"));
        routes.create(vendor, input("Bravo", "XB"));
        routes.addStop(vendor, charlie.id(), adler.customer.id(), adler.locations.get(0).id(), null, null);
        routes.archive(vendor, routes.create(vendor, input("Archived", "AR")).id(), null);
        data.newVendorAdmin(); // a vendor of its own, with routes of its own below
        Actor otherVendor = data.newVendorAdmin();
        routes.create(otherVendor, input("Alpha elsewhere", "A1"));

        var first = routes.page(vendor, null, 0, 2);
        assertEquals(3, first.totalItems(), "archived routes and another vendor's are not in it");
        assertEquals(List.of("alpha", "Bravo"), first.items().stream().map(RouteSummary::name).toList());
        var second = routes.page(vendor, "", 1, 2);
        assertEquals(List.of("Charlie"), second.items().stream().map(RouteSummary::name).toList());
        assertEquals(1, second.items().get(0).stopCount());
        assertEquals(List.of("Bravo"), routes.page(vendor, " xb ", 0, 50).items().stream().map(RouteSummary::name).toList(), "by code");
        assertEquals(List.of("Charlie"), routes.page(vendor, "ARL", 0, 50).items().stream().map(RouteSummary::name).toList(), "by name");
        assertEquals(0, routes.page(vendor, "100%_", 0, 50).totalItems(), "wildcards are plain characters");
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
            added.add(locations.add(admin, new LocationInput(locationName, "Ring 1", "1010", "Wien", "AT", null, null, null,
                    List.of(new com.clientbook.domain.location.ReceivingWindow(MONDAY, LocalTime.of(6, 0), LocalTime.of(10, 0))))));
        }
        return new Located(customer, admin, added);
    }

    private static RouteInput input(String name, String code) {
        return new RouteInput(name, code, Set.<DayOfWeek>of(MONDAY, THURSDAY), 1, LocalTime.of(14, 0), "Ring twice", true);
    }

    private static List<String> names(RouteView route) {
        return route.stops().stream().map(StopView::locationName).toList();
    }
}
