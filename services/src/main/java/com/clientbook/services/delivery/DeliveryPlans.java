package com.clientbook.services.delivery;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.delivery.Closure;
import com.clientbook.domain.delivery.DeliveryCalendar;
import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.LocationDeliveries;
import com.clientbook.domain.delivery.LocationSchedule;
import com.clientbook.domain.delivery.PlannedLocation;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.delivery.DeliveryPlanRepository;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The delivery days of a customer's delivery locations at the acting vendor, and each location's own schedule. A
 * location takes the days of the routes it is a stop on, unless the vendor gave it a schedule of its own; the vendor's
 * closures skip or move days either way (docs/architecture.md, "The delivery calendar"). Deadlines are instants, given
 * on the vendor's wall clock and on the customer's: the customer company's own time zone, else the vendor's.
 *
 * <p>Vendor admins and staff (and API keys) read and keep schedules; another vendor's customer, another company's
 * location and an archived location are "not found". Customers' people read their own company's days at each vendor
 * ({@link #myDeliveries}). A change is in the relationship's history.
 */
@Stateless
public class DeliveryPlans {

    /** How many next deliveries a location shows. */
    public static final int NEXT = 5;
    /** The longest range of {@link #deliveryDays} in days, both ends included. */
    public static final int MOST_DAYS = 366;

    private static final String KEEP = "keep delivery schedules";
    private static final String SEE = "see delivery days";
    private static final String SCHEDULE = "Delivery schedule";
    static final String SCHEDULE_INDEX = "location_schedule_uq";
    /** How far the next deliveries look: a schedule every 52 weeks with closures needs two years and more. */
    private static final int HORIZON_DAYS = 3 * 366 + 2 * DeliveryCalendar.MOST_DAYS_MOVED;

    @Inject
    DeliveryPlanRepository plans;

    @Inject
    CustomerRepository customers;

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** Each current location of the vendor's customer with where its days come from and its next five deliveries. */
    public CustomerDeliveries forCustomer(Actor actor, long customerId) {
        long vendorId = actor.vendorId(SEE);
        CustomerRelationship customer = customers.get(vendorId, customerId);
        Company vendor = customer.vendor();
        ZoneId customerZone = customer.customer().ownZone().orElse(vendor.zone());
        return new CustomerDeliveries(vendor.zone(), customerZone,
                nextDeliveries(vendor, locations.findCurrent(customer.customer().id()), customerZone));
    }

    /**
     * Every delivery to the customer's current locations from {@code from} to {@code to} (both included, at most
     * {@value #MOST_DAYS} days), by date, then location.
     */
    public DeliveryDays deliveryDays(Actor actor, long customerId, LocalDate from, LocalDate to) {
        long vendorId = actor.vendorId(SEE);
        requireRange(from, to);
        CustomerRelationship customer = customers.get(vendorId, customerId);
        Company vendor = customer.vendor();
        ZoneId customerZone = customer.customer().ownZone().orElse(vendor.zone());
        // the locations with their schedules and routes in one statement (the API's delivery-days asks this often)
        List<PlannedLocation> current = plans.plannedLocations(vendorId, List.of(customer.id())).getOrDefault(customer.id(), List.of());
        List<Closure> closures = closures(vendorId, from.minusDays(DeliveryCalendar.MOST_DAYS_MOVED),
                to.plusDays(DeliveryCalendar.MOST_DAYS_MOVED));
        List<PlannedDelivery> days = new ArrayList<>();
        for (PlannedLocation location : current) {
            location.deliveries(closures, vendor.zone()).between(from, to).forEach(delivery -> days.add(PlannedDelivery.of(
                    delivery, location.locationId(), location.locationName(), vendor.zone(), customerZone)));
        }
        days.sort(Comparator.comparing(PlannedDelivery::date).thenComparing(PlannedDelivery::locationName));
        return new DeliveryDays(vendor.zone(), customerZone, days);
    }

    /**
     * The delivery calendar of one location at the vendor, with the vendor's closures from {@code from} to {@code to}
     * (the range the caller will ask about): what orders are placed against. The caller has made sure the location is
     * the vendor's customer's.
     */
    public LocationDeliveries calendarOf(Company vendor, DeliveryLocation location, LocalDate from, LocalDate to) {
        List<Closure> closures = closures(vendor.id(), from.minusDays(DeliveryCalendar.MOST_DAYS_MOVED),
                to.plusDays(DeliveryCalendar.MOST_DAYS_MOVED));
        return planning(vendor.id(), List.of(location)).deliveries(location, closures, vendor.zone());
    }

    /** The weekdays any of the vendor's current routes delivers on: the days of a location that has none of its own. */
    public java.util.Set<DayOfWeek> vendorWeekdays(long vendorId) {
        java.util.Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        plans.currentRoutes(vendorId).forEach(route -> {
            if (route.schedule().enabled()) {
                days.addAll(route.schedule().weekdays());
            }
        });
        return days;
    }

    /** Where one location's days come from. */
    public ScheduleView schedule(Actor actor, long customerId, long locationId) {
        long vendorId = actor.vendorId(SEE);
        DeliveryLocation location = locationOf(vendorId, customerId, locationId);
        return planning(vendorId, List.of(location)).view(location);
    }

    /**
     * Gives the location a schedule of its own, or replaces it; {@code expectedVersion} (the ETag read, 0 where there
     * was none) refuses a change over someone else's newer one.
     */
    public ScheduleView setSchedule(Actor actor, long customerId, long locationId, ScheduleInput input, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        validation.check(input);
        if (input.enabled() && input.weekdays().isEmpty()) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("weekdays",
                    "schedule.weekdays.required", "choose at least one delivery weekday, or disable the schedule")));
        }
        CustomerRelationship customer = customers.get(vendorId, customerId);
        DeliveryLocation location = currentLocation(customer, locationId);
        Instant now = clock.instant();
        LocationSchedule stored = plans.schedules(vendorId, List.of(locationId)).get(locationId);
        requireVersion(stored, expectedVersion, locationId);
        String before = stored == null || !stored.isOwn() ? null : describe(stored.schedule());
        DeliverySchedule schedule = input.schedule();
        if (stored == null) {
            stored = plans.add(new LocationSchedule(customer.vendor(), location, schedule, now));
        } else {
            stored.use(schedule, now);
        }
        flushOrExplain(locationId);
        String after = describe(schedule);
        if (!after.equals(before)) {
            audit.record(AuditEvent.onRelationship(customer.id(), customer.customer().id(), actor.label(),
                    "DELIVERY_SCHEDULE_SET", "deliverySchedule", before == null ? null : location.name() + ": " + before,
                    location.name() + ": " + after, now));
        }
        return planning(vendorId, List.of(location)).view(location);
    }

    /** Takes the location back to its routes' days; its own schedule is kept for later. */
    public ScheduleView inherit(Actor actor, long customerId, long locationId, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        CustomerRelationship customer = customers.get(vendorId, customerId);
        DeliveryLocation location = currentLocation(customer, locationId);
        LocationSchedule stored = plans.schedules(vendorId, List.of(locationId)).get(locationId);
        requireVersion(stored, expectedVersion, locationId);
        Instant now = clock.instant();
        if (stored != null) {
            String before = describe(stored.schedule());
            if (stored.inherit(now)) {
                flushOrExplain(locationId);
                audit.record(AuditEvent.onRelationship(customer.id(), customer.customer().id(), actor.label(),
                        "DELIVERY_SCHEDULE_INHERITED", "deliverySchedule", location.name() + ": " + before, null, now));
            }
        }
        return planning(vendorId, List.of(location)).view(location);
    }

    /** The vendor's current routes by name: those a location may be put on. */
    public List<RouteChoice> routeChoices(Actor actor) {
        return plans.currentRoutes(actor.vendorId(SEE)).stream().map(RouteChoice::of).toList();
    }

    /**
     * The vendor's current routes as a filter offers them (id, code, name; by name), read as values: the customer
     * list asks for them on every view.
     */
    public List<RouteName> routeNames(Actor actor) {
        return plans.currentRouteNames(actor.vendorId(SEE)).stream()
                .map(row -> new RouteName(((Number) row[0]).longValue(), (String) row[1], (String) row[2])).toList();
    }

    /**
     * For a customer's people: each vendor the company is connected with, and the next deliveries of each of the
     * company's locations there, the deadlines on the reader's clock (their own time zone, else the company's, else
     * the vendor's).
     */
    public List<VendorDeliveries> myDeliveries(Actor actor) {
        long companyId = actor.customerCompanyId(SEE);
        List<DeliveryLocation> current = locations.findCurrent(companyId);
        ZoneId own = readerZone(actor);
        List<VendorDeliveries> vendors = new ArrayList<>();
        for (CustomerRelationship relationship : customers.forCustomerCompany(companyId)) {
            Company vendor = relationship.vendor();
            ZoneId zone = own != null ? own : relationship.customer().ownZone().orElse(vendor.zone());
            vendors.add(new VendorDeliveries(vendor.id(), vendor.name(), zone, nextDeliveries(vendor, current, zone)));
        }
        return vendors;
    }

    private ZoneId readerZone(Actor actor) {
        if (actor.userId() == null) {
            return null;
        }
        return users.find(actor.userId()).map(user -> user.timeZone()).filter(Objects::nonNull).map(zone -> {
            try {
                return ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }).orElse(null);
    }

    private List<LocationPlan> nextDeliveries(Company vendor, List<DeliveryLocation> current, ZoneId customerZone) {
        long vendorId = vendor.id();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, vendor.zone());
        Planning planning = planning(vendorId, current);
        List<Closure> closures = closures(vendorId, today.minusDays(DeliveryCalendar.MOST_DAYS_MOVED), today.plusDays(HORIZON_DAYS));
        List<LocationPlan> result = new ArrayList<>();
        for (DeliveryLocation location : current) {
            List<PlannedDelivery> next = planning.deliveries(location, closures, vendor.zone()).next(now, NEXT).stream()
                    .map(delivery -> PlannedDelivery.of(delivery, location.id(), location.name(), vendor.zone(), customerZone))
                    .toList();
            result.add(new LocationPlan(planning.view(location), next));
        }
        return result;
    }

    /** The schedules and routes of the given locations, read in two statements. */
    private Planning planning(long vendorId, List<DeliveryLocation> current) {
        return Planning.read(plans, vendorId, current.stream().map(DeliveryLocation::id).toList());
    }

    private List<Closure> closures(long vendorId, LocalDate from, LocalDate to) {
        return plans.closures(vendorId, from, to).stream().map(VendorClosure::closure).toList();
    }

    private DeliveryLocation locationOf(long vendorId, long customerId, long locationId) {
        return currentLocation(customers.get(vendorId, customerId), locationId);
    }

    /** One of the customer company's current locations; another company's, or an archived one, is "not found". */
    private DeliveryLocation currentLocation(CustomerRelationship customer, long locationId) {
        DeliveryLocation location = locations.get(customer.customer().id(), locationId);
        if (location.isArchived()) {
            throw new NotFoundException("Delivery location", locationId);
        }
        return location;
    }

    private static void requireVersion(LocationSchedule stored, Long expectedVersion, long locationId) {
        long current = stored == null ? 0 : stored.version();
        if (expectedVersion != null && expectedVersion != current) {
            throw new ConcurrentChangeException(SCHEDULE, locationId);
        }
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidInputException.FieldError("from", "must be a date such as 2027-01-04"));
        }
        if (to == null) {
            errors.add(new InvalidInputException.FieldError("to", "must be a date such as 2027-01-31"));
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(new InvalidInputException.FieldError("to", "must not be before from"));
        }
        if (errors.isEmpty() && ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
            errors.add(new InvalidInputException.FieldError("to", "the range is at most " + MOST_DAYS + " days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void flushOrExplain(long locationId) {
        try {
            plans.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(SCHEDULE, locationId);
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals(SCHEDULE_INDEX)) {
                throw new ConcurrentChangeException(SCHEDULE, locationId);
            }
            throw e;
        }
    }

    /** "TUESDAY every 2 weeks from 2027-01-05, deadline 14:00 the day before" for the history. */
    static String describe(DeliverySchedule schedule) {
        String days = schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(", "));
        return (days.isEmpty() ? "no weekday" : days) + " every " + schedule.everyWeeks() + " week(s) from "
                + schedule.startDate() + ", deadline " + schedule.deadline() + (schedule.enabled() ? "" : ", disabled");
    }
}
