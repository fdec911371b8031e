package com.clientbook.services.route;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.delivery.Closure;
import com.clientbook.domain.delivery.DeliveryCalendar;
import com.clientbook.domain.delivery.DeliveryDay;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.route.Route;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.persistence.route.RouteRepository;
import com.clientbook.persistence.route.StopRow;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's routes. Every method takes the acting vendor; a route, customer or location of anyone else is "not
 * found". Changes that carry an expected version are refused with {@link ConcurrentChangeException} when someone
 * saved the route in between; reordering stops also bumps the version, so of two people moving stops at once one
 * wins and the other is told, and the stops stay a gapless order (a deferred unique index holds it at commit).
 */
@Stateless
public class RouteService {

    private static final String KEEP = "keep routes";
    private static final String ROUTE = "Route";
    static final String CODE_INDEX = "route_code_uq";

    @Inject
    RouteRepository routes;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** The vendor's current routes, by name. */
    public List<RouteView> list(Actor actor) {
        long vendorId = actor.vendorId(KEEP);
        return routes.findCurrent(vendorId).stream().map(route -> view(vendorId, route)).toList();
    }

    /** The largest page a list answers. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One page of the vendor's current routes by name, without their stops but with how many there are; {@code text}
     * (optional) is found in the name or the code, in any case. {@code size} above {@value #MAX_PAGE_SIZE} is lowered.
     */
    public Page<RouteSummary> page(Actor actor, String text, int page, int size) {
        long vendorId = actor.vendorId(KEEP);
        return routes.page(vendorId, text, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .map(row -> RouteSummary.of(row.route(), row.stops()));
    }

    /**
     * The route's stops for one date, in the driver's order, with what the driver needs at each; and whether the route
     * delivers that day (its weekdays, its active switch and the vendor's closures decide), and if not, why. The stops
     * are read in one statement, however many there are.
     */
    public DaySheet daySheet(Actor actor, long routeId, LocalDate date) {
        long vendorId = actor.vendorId(KEEP);
        Route route = routes.get(vendorId, routeId);
        ZoneId zone = route.vendor().zone();
        int reach = DeliveryCalendar.MOST_DAYS_MOVED;
        List<Closure> closures = routes.closuresFrom(vendorId, date.minusDays(2L * reach)).stream()
                .map(VendorClosure::closure).filter(closure -> !closure.date().isAfter(date.plusDays(2L * reach))).toList();
        List<DeliveryDay> around = new DeliveryCalendar(route.schedule(), closures, zone).between(date.minusDays(reach), date.plusDays(reach));
        Optional<DeliveryDay> here = around.stream().filter(day -> day.date().equals(date)).findFirst();
        Optional<Closure> closed = closures.stream().filter(closure -> closure.date().equals(date)).findFirst();
        DaySheet.Delivery delivery;
        LocalDate otherDate = null;
        String reason = null;
        if (here.isPresent()) {
            DeliveryDay day = here.get();
            delivery = day.movedBy() == null ? DaySheet.Delivery.DELIVERY_DAY : DaySheet.Delivery.MOVED_HERE;
            otherDate = day.movedBy() == null ? null : day.scheduledDate();
            reason = day.movedBy() == null ? null : day.movedBy().reason();
        } else if (!route.isActive() || route.isArchived()) {
            delivery = DaySheet.Delivery.INACTIVE;
        } else if (closed.isPresent() && route.deliveryWeekdays().contains(date.getDayOfWeek())) {
            delivery = DaySheet.Delivery.CLOSED;
            reason = closed.get().reason();
            otherDate = around.stream().filter(day -> day.scheduledDate().equals(date)).map(DeliveryDay::date).findFirst().orElse(null);
        } else {
            delivery = DaySheet.Delivery.NOT_A_DELIVERY_DAY;
        }
        List<DaySheet.Stop> stops = routes.stops(vendorId, routeId).stream()
                .map(row -> new DaySheet.Stop(row.position(), row.locationId(), row.locationName(), row.address(), row.customerId(),
                        row.customerName(), row.customerNumber(), row.receivingHours(), row.deliveryInstructions(), row.phone()))
                .toList();
        return new DaySheet(route.id(), route.name(), route.code(), route.driverNote(), date, delivery, otherDate, reason,
                here.map(DeliveryDay::orderDeadline).orElse(null), zone, stops);
    }

    public RouteView get(Actor actor, long routeId) {
        long vendorId = actor.vendorId(KEEP);
        return view(vendorId, routes.get(vendorId, routeId));
    }

    public RouteView create(Actor actor, RouteInput input) {
        long vendorId = actor.vendorId(KEEP);
        validation.check(input);
        Company vendor = companies.get(vendorId);
        Instant now = clock.instant();
        Route route = routes.add(new Route(vendor, input.name(), input.code(), input.deliveryWeekdays(), input.deadline(),
                input.driverNote(), now));
        route.describe(input.name(), input.code(), input.deliveryWeekdays(), input.deadline(), input.driverNote(), input.active());
        flushOrExplain(route, input.code());
        audit.record(AuditEvent.onRoute(route.id(), vendorId, actor.label(), "ROUTE_CREATED", "route", null, route.code(), now));
        return view(vendorId, route);
    }

    /** Replaces what the vendor says of the route; its stops stay. */
    public RouteView change(Actor actor, long routeId, RouteInput input, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        validation.check(input);
        Route route = current(vendorId, routeId, expectedVersion);
        String before = summary(route);
        route.describe(input.name(), input.code(), input.deliveryWeekdays(), input.deadline(), input.driverNote(), input.active());
        flushOrExplain(route, input.code());
        String after = summary(route);
        if (!before.equals(after)) {
            audit.record(AuditEvent.onRoute(routeId, vendorId, actor.label(), "ROUTE_CHANGED", "route", before, after, clock.instant()));
        }
        return view(vendorId, route);
    }

    /** Takes the route out of the lists; stops and history stay readable. */
    public void archive(Actor actor, long routeId, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        Route route = current(vendorId, routeId, expectedVersion);
        route.archive(clock.instant());
        flushOrExplain(route, null);
        audit.record(AuditEvent.onRoute(routeId, vendorId, actor.label(), "ROUTE_ARCHIVED", "route", route.code(), null, clock.instant()));
    }

    /**
     * Adds one of a customer's current delivery locations as a stop, at {@code position} (0 first, null last). The
     * customer must be the vendor's and the location that customer company's: anything else is "not found".
     */
    public RouteView addStop(Actor actor, long routeId, long customerId, long locationId, Integer position, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        Route route = current(vendorId, routeId, expectedVersion);
        CustomerRelationship customer = customers.get(vendorId, customerId);
        DeliveryLocation location = locations.get(customer.customer().id(), locationId);
        if (location.isArchived()) {
            throw new NotFoundException("Delivery location", locationId);
        }
        route.addStop(location, position);
        stopsChanged(route);
        audit.record(AuditEvent.onRoute(routeId, vendorId, actor.label(), "STOP_ADDED", "stop", null,
                customer.customer().name() + ": " + location.name(), clock.instant()));
        return view(vendorId, route);
    }

    /** Moves a stop to {@code position} (0 first; past the end means last). */
    public RouteView moveStop(Actor actor, long routeId, long locationId, int position, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        Route route = current(vendorId, routeId, expectedVersion);
        List<DeliveryLocation> before = List.copyOf(route.stops());
        DeliveryLocation location = before.stream().filter(stop -> stop.id() == locationId).findFirst()
                .orElseThrow(() -> new NotFoundException("Stop", locationId));
        route.moveStop(locationId, position);
        stopsChanged(route);
        int from = before.indexOf(location);
        int to = route.stops().indexOf(location);
        if (from != to) {
            String stop = location.company().name() + ": " + location.name();
            audit.record(AuditEvent.onRoute(routeId, vendorId, actor.label(), "STOP_MOVED", "stop",
                    stop + " (" + (from + 1) + ")", stop + " (" + (to + 1) + ")", clock.instant()));
        }
        return view(vendorId, route);
    }

    public RouteView removeStop(Actor actor, long routeId, long locationId, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        Route route = current(vendorId, routeId, expectedVersion);
        DeliveryLocation location = route.stops().stream().filter(stop -> stop.id() == locationId).findFirst()
                .orElseThrow(() -> new NotFoundException("Stop", locationId));
        route.removeStop(locationId);
        stopsChanged(route);
        audit.record(AuditEvent.onRoute(routeId, vendorId, actor.label(), "STOP_REMOVED", "stop",
                location.company().name() + ": " + location.name(), null, clock.instant()));
        return view(vendorId, route);
    }

    /**
     * The next {@code count} deliveries of the route still open for orders, with the vendor's closures applied, and the
     * vendor's time zone they were planned in.
     */
    public RouteDeliveries nextDeliveries(Actor actor, long routeId, int count) {
        long vendorId = actor.vendorId(KEEP);
        Route route = routes.get(vendorId, routeId);
        Company vendor = route.vendor();
        Instant now = clock.instant();
        List<VendorClosure> closures = routes.closuresFrom(vendorId, LocalDate.ofInstant(now, vendor.zone()).minusDays(DeliveryCalendar.MOST_DAYS_MOVED));
        return new RouteDeliveries(vendor.zone(),
                new DeliveryCalendar(route.schedule(), closures.stream().map(VendorClosure::closure).toList(), vendor.zone())
                        .next(now, count));
    }

    /** What was done to the route, newest first. */
    public List<AuditEvent> history(Actor actor, long routeId) {
        long vendorId = actor.vendorId(KEEP);
        return audit.historyOfRoute(routes.get(vendorId, routeId).id());
    }

    private Route current(long vendorId, long routeId, Long expectedVersion) {
        Route route = routes.get(vendorId, routeId);
        if (route.isArchived()) {
            throw new NotFoundException(ROUTE, routeId);
        }
        if (expectedVersion != null && expectedVersion != route.version()) {
            throw new ConcurrentChangeException(ROUTE, routeId);
        }
        return route;
    }

    private void stopsChanged(Route route) {
        routes.touch(route);
        flushOrExplain(route, null);
    }

    private void flushOrExplain(Route route, String code) {
        try {
            routes.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(ROUTE, route.id());
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals(CODE_INDEX)) {
                throw new ConflictException("route.codeTaken", "code", "Another route already has the code " + code + ".", code);
            }
            if (constraint.equals("route_stop_position_uq") || constraint.equals("route_stop_pkey")) {
                throw new ConcurrentChangeException(ROUTE, route.id());
            }
            throw e;
        }
    }

    /** The route with its stops, read in one statement (flushed changes included), not stop by stop. */
    private RouteView view(long vendorId, Route route) {
        List<StopView> stops = routes.stops(vendorId, route.id()).stream().map(RouteService::stop).toList();
        return RouteView.of(route, stops);
    }

    private static StopView stop(StopRow row) {
        return new StopView(row.position(), row.locationId(), row.locationName(), row.address(), row.customerId(),
                row.customerName(), row.customerNumber());
    }

    private static String summary(Route route) {
        return route.name() + " (" + route.code() + "), " + route.deliveryWeekdays() + ", deadline " + route.deadline()
                + (route.isActive() ? "" : ", inactive") + (route.driverNote() == null ? "" : ", note: " + route.driverNote());
    }
}
