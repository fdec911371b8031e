package com.clientbook.persistence.route;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.route.Route;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A vendor's routes and closure days; another vendor's route or closure is "not found". */
@Dependent
public class RouteRepository extends Repository {

    protected RouteRepository() {
    }

    public RouteRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public Route add(Route route) {
        entityManager.persist(route);
        return route;
    }

    /** One of the vendor's routes, archived or not. */
    public Route get(long vendorId, long routeId) {
        return Optional.ofNullable(entityManager.find(Route.class, routeId))
                .filter(route -> route.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException("Route", routeId));
    }

    /**
     * Marks the route as changed although only its stops changed: its version goes up at commit, so that of two
     * people reordering the same route at once, the second gets a conflict instead of mixing both orders.
     */
    public void touch(Route route) {
        entityManager.lock(route, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** The vendor's current routes by name. */
    public List<Route> findCurrent(long vendorId) {
        return entityManager.createNamedQuery(Route.FIND_CURRENT, Route.class)
                .setParameter("vendorId", vendorId)
                .getResultList();
    }

    /**
     * One page of the vendor's current routes by name, each with its number of stops, where {@code text} (if any) is
     * in the name or the code, in any case; filtered, counted and paged by the database, the page's stops counted in
     * one more statement (three in all, however long the page).
     */
    public Page<RouteCount> page(long vendorId, String text, int page, int size) {
        String wanted = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " where r.vendor.id = :vendorId and r.archivedAt is null"
                + (wanted == null ? "" : " and (lower(r.name) like :text escape '\\' or lower(r.code) like :text escape '\\')");
        var count = entityManager.createQuery("select count(r) from Route r" + where, Long.class)
                .setParameter("vendorId", vendorId);
        var rows = entityManager.createQuery("select r from Route r" + where + " order by lower(r.name), r.id", Route.class)
                .setParameter("vendorId", vendorId)
                .setFirstResult(page * size)
                .setMaxResults(size);
        if (wanted != null) {
            count.setParameter("text", wanted);
            rows.setParameter("text", wanted);
        }
        List<Route> routes = rows.getResultList();
        Map<Long, Long> stops = new HashMap<>();
        if (!routes.isEmpty()) {
            // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
            String in = routes.stream().map(route -> String.valueOf(route.id())).collect(Collectors.joining(","));
            for (Object row : entityManager.createNativeQuery("select route_id, count(*) from route_stop where route_id in ("
                    + in + ") group by route_id").getResultList()) {
                Object[] columns = (Object[]) row;
                stops.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
            }
        }
        List<RouteCount> items = routes.stream().map(route -> new RouteCount(route, stops.getOrDefault(route.id(), 0L))).toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * The route's stops in the driver's order, each with its location, company, the vendor's customer number and the
     * location's receiving hours: one statement however many stops (a 500-stop day sheet must not ask 500 times).
     */
    public List<StopRow> stops(long vendorId, long routeId) {
        List<?> rows = entityManager.createNativeQuery("select s.position, l.id, l.name, l.street, l.postal_code, l.city, l.country,"
                        + " cr.id, c.name, cr.customer_number, l.delivery_instructions, coalesce(l.contact_phone, c.phone),"
                        + " (select string_agg(h.weekday || ' ' || to_char(h.opens, 'HH24:MI') || ' ' || to_char(h.closes, 'HH24:MI'), ','"
                        + "   order by array_position(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'], h.weekday::text), h.opens)"
                        + "   from delivery_location_hours h where h.location_id = l.id)"
                        + " from route_stop s join route r on r.id = s.route_id"
                        + " join delivery_location l on l.id = s.delivery_location_id"
                        + " join company c on c.id = l.company_id"
                        + " left join customer_relationship cr on cr.vendor_id = r.vendor_id and cr.customer_id = l.company_id"
                        + " where s.route_id = ?1 and r.vendor_id = ?2 order by s.position")
                .setParameter(1, routeId)
                .setParameter(2, vendorId)
                .getResultList();
        List<StopRow> stops = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            stops.add(new StopRow(((Number) c[0]).intValue(), ((Number) c[1]).longValue(), (String) c[2],
                    new Address((String) c[3], (String) c[4], (String) c[5], c[6] == null ? null : c[6].toString().strip()),
                    c[7] == null ? null : ((Number) c[7]).longValue(), (String) c[8], (String) c[9], (String) c[10],
                    (String) c[11], hours((String) c[12])));
        }
        return stops;
    }

    /** "MONDAY 06:00 10:00,TUESDAY 06:00 10:00" as the stops' statement writes receiving hours. */
    private static List<ReceivingWindow> hours(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ReceivingWindow> windows = new ArrayList<>();
        for (String window : text.split(",")) {
            String[] parts = window.split(" ");
            windows.add(new ReceivingWindow(DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]), LocalTime.parse(parts[2])));
        }
        return windows;
    }

    /** The current routes, of any vendor, on which the location is a stop. */
    public List<Route> findWithStop(long locationId) {
        return entityManager.createNamedQuery(Route.FIND_WITH_STOP, Route.class)
                .setParameter("locationId", locationId)
                .getResultList();
    }

    public VendorClosure addClosure(VendorClosure closure) {
        entityManager.persist(closure);
        return closure;
    }

    public void removeClosure(VendorClosure closure) {
        entityManager.remove(closure);
    }

    public VendorClosure getClosure(long vendorId, long closureId) {
        return Optional.ofNullable(entityManager.find(VendorClosure.class, closureId))
                .filter(closure -> closure.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException("Closure", closureId));
    }

    /** The vendor's closure days from the given day on, in date order. */
    public List<VendorClosure> closuresFrom(long vendorId, LocalDate from) {
        return entityManager.createNamedQuery(VendorClosure.FIND_FROM, VendorClosure.class)
                .setParameter("vendorId", vendorId)
                .setParameter("from", from)
                .getResultList();
    }
}
