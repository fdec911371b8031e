package com.clientbook.persistence.delivery;

import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.LocationSchedule;
import com.clientbook.domain.delivery.OrderDeadline;
import com.clientbook.domain.delivery.PlannedLocation;
import com.clientbook.domain.delivery.RouteRef;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.delivery.Weekdays;
import com.clientbook.domain.route.Route;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a customer's delivery days are computed from, for one vendor: the vendor's own schedules of the customer's
 * locations, the vendor's current routes those locations are stops on, and the vendor's closures in a range. Each
 * read is one statement for all the customer's locations, whatever their number, and names the vendor.
 */
@Dependent
public class DeliveryPlanRepository extends Repository {

    protected DeliveryPlanRepository() {
    }

    public DeliveryPlanRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public LocationSchedule add(LocationSchedule schedule) {
        entityManager.persist(schedule);
        return schedule;
    }

    /** The vendor's schedules (own, or kept for later) of the given locations, by location id. */
    public Map<Long, LocationSchedule> schedules(long vendorId, Collection<Long> locationIds) {
        Map<Long, LocationSchedule> byLocation = new LinkedHashMap<>();
        if (locationIds.isEmpty()) {
            return byLocation;
        }
        for (LocationSchedule schedule : entityManager.createNamedQuery(LocationSchedule.FIND_FOR_LOCATIONS, LocationSchedule.class)
                .setParameter("vendorId", vendorId)
                .setParameter("locationIds", List.copyOf(locationIds))
                .getResultList()) {
            byLocation.put(schedule.location().id(), schedule);
        }
        return byLocation;
    }

    /**
     * The vendor's current routes each given location is a stop on, by location id, each location's routes by name
     * (the order that decides between two routes delivering on one day). One statement over {@code route_stop}'s
     * location index ({@code route_stop_location_idx}).
     */
    public Map<Long, List<Route>> routesOf(long vendorId, Collection<Long> locationIds) {
        Map<Long, List<Route>> byLocation = new LinkedHashMap<>();
        if (locationIds.isEmpty()) {
            return byLocation;
        }
        List<Object[]> rows = entityManager.createQuery(
                        "select s.id, r from Route r join r.stops s where r.vendor.id = :vendorId and s.id in :locationIds"
                                + " and r.archivedAt is null order by lower(r.name), r.id", Object[].class)
                .setParameter("vendorId", vendorId)
                .setParameter("locationIds", List.copyOf(locationIds))
                .getResultList();
        for (Object[] row : rows) {
            byLocation.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Route) row[1]);
        }
        return byLocation;
    }

    /**
     * Each current delivery location of the customer companies of the vendor's given relationships, by relationship
     * id, with what its days come from: the vendor's own schedule of it where one is in use, and the vendor's current
     * routes it is a stop on, by name. One statement whatever the number of customers (a list page, or one customer),
     * where reading the locations, {@link #schedules} and {@link #routesOf} apart is three; another vendor's
     * relationships are left out, as are customers without a current location. Each location's rows are as many as its
     * routes (one without any).
     */
    public Map<Long, List<PlannedLocation>> plannedLocations(long vendorId, Collection<Long> relationshipIds) {
        Map<Long, List<PlannedLocation>> byRelationship = new LinkedHashMap<>();
        if (relationshipIds.isEmpty()) {
            return byRelationship;
        }
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = relationshipIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = entityManager.createNativeQuery("select r.id, l.id, l.name,"
                        + " s.delivery_weekdays, s.deadline_days_before, s.deadline_time, s.every_weeks, s.start_date, s.enabled,"
                        + " t.id, t.name, t.code, t.delivery_weekdays, t.deadline_days_before, t.deadline_time, t.active"
                        + " from customer_relationship r"
                        + " join delivery_location l on l.company_id = r.customer_id and l.archived_at is null"
                        + " left join location_schedule s on s.vendor_id = r.vendor_id and s.delivery_location_id = l.id and s.own"
                        + " left join (route_stop st join route t on t.id = st.route_id and t.archived_at is null)"
                        + "   on st.delivery_location_id = l.id and t.vendor_id = r.vendor_id"
                        + " where r.vendor_id = ?1 and r.id in (" + in + ") order by r.id, l.id, lower(t.name), t.id")
                .setParameter(1, vendorId)
                .getResultList();
        Weekdays weekdays = new Weekdays();
        long relationship = -1;
        long location = -1;
        String name = null;
        DeliverySchedule own = null;
        List<RouteRef> routes = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long relationshipId = ((Number) c[0]).longValue();
            long locationId = ((Number) c[1]).longValue();
            if (relationshipId != relationship || locationId != location) {
                if (location != -1) {
                    byRelationship.computeIfAbsent(relationship, id -> new ArrayList<>())
                            .add(new PlannedLocation(location, name, own, routes));
                }
                relationship = relationshipId;
                location = locationId;
                name = (String) c[2];
                own = c[3] == null ? null : new DeliverySchedule(weekdays.convertToEntityAttribute(((Number) c[3]).shortValue()),
                        new OrderDeadline(((Number) c[4]).intValue(), time(c[5])), ((Number) c[6]).intValue(), date(c[7]),
                        (Boolean) c[8]);
                routes = new ArrayList<>();
            }
            if (c[9] != null) {
                routes.add(new RouteRef(((Number) c[9]).longValue(), (String) c[10], (String) c[11],
                        Route.scheduleOf(weekdays.convertToEntityAttribute(((Number) c[12]).shortValue()),
                                new OrderDeadline(((Number) c[13]).intValue(), time(c[14])), (Boolean) c[15])));
            }
        }
        if (location != -1) {
            byRelationship.computeIfAbsent(relationship, id -> new ArrayList<>()).add(new PlannedLocation(location, name, own, routes));
        }
        return byRelationship;
    }

    private static LocalTime time(Object value) {
        return value instanceof java.sql.Time time ? time.toLocalTime() : (LocalTime) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The vendor's current routes by name: what a location may be put on. */
    public List<Route> currentRoutes(long vendorId) {
        return entityManager.createNamedQuery(Route.FIND_CURRENT, Route.class)
                .setParameter("vendorId", vendorId)
                .getResultList();
    }

    /**
     * The id, code and name of the vendor's current routes, in {@link #currentRoutes}' order: what a route filter
     * offers. Read as values, not as entities, so that a vendor's 300 routes cost no entity building (their weekdays'
     * converter) per page view (docs/benchmarks.md).
     */
    public List<Object[]> currentRouteNames(long vendorId) {
        return entityManager.createQuery("select r.id, r.code, r.name from Route r where r.vendor.id = :vendorId"
                        + " and r.archivedAt is null order by lower(r.name), r.id", Object[].class)
                .setParameter("vendorId", vendorId)
                .getResultList();
    }

    /** The vendor's closure days from {@code from} to {@code to}, both included, in date order ({@code vendor_closure_day_uq}). */
    public List<VendorClosure> closures(long vendorId, LocalDate from, LocalDate to) {
        return entityManager.createQuery("select c from VendorClosure c where c.vendor.id = :vendorId and c.day between :from and :to"
                        + " order by c.day", VendorClosure.class)
                .setParameter("vendorId", vendorId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
