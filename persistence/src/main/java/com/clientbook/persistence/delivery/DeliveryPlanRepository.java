package com.clientbook.persistence.delivery;

import com.clientbook.domain.delivery.LocationSchedule;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.route.Route;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
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
     * The current delivery locations of the customer companies of the vendor's given relationships, by relationship
     * id, in one statement per list page ({@code delivery_location_company_idx}); another vendor's relationships are
     * left out, as are customers without a current location.
     */
    public Map<Long, List<Long>> currentLocationsOf(long vendorId, Collection<Long> relationshipIds) {
        Map<Long, List<Long>> byRelationship = new LinkedHashMap<>();
        if (relationshipIds.isEmpty()) {
            return byRelationship;
        }
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = relationshipIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = entityManager.createNativeQuery("select r.id, l.id from customer_relationship r"
                        + " join delivery_location l on l.company_id = r.customer_id and l.archived_at is null"
                        + " where r.vendor_id = ?1 and r.id in (" + in + ") order by r.id, l.id")
                .setParameter(1, vendorId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byRelationship.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>())
                    .add(((Number) columns[1]).longValue());
        }
        return byRelationship;
    }

    /** The vendor's current routes by name: what a location may be put on. */
    public List<Route> currentRoutes(long vendorId) {
        return entityManager.createNamedQuery(Route.FIND_CURRENT, Route.class)
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
