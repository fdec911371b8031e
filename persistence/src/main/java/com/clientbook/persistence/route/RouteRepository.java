package com.clientbook.persistence.route;

import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.route.Route;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
