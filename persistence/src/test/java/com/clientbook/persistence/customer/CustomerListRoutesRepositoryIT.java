package com.clientbook.persistence.customer;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.delivery.PlannedLocation;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.delivery.DeliveryPlanRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The customer list by route (migration V23): one route's customers, those on none of the vendor's current routes
 * (the number each relationship keeps, recounted by the database when stops, routes and relationships change), and
 * the route codes of a page; another vendor's routes never count.
 */
class CustomerListRoutesRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final CustomerQuery.RouteFilter NONE = CustomerQuery.RouteFilter.NONE;

    @Test
    void stopsArchiveAndRelinkKeepOnNoRouteRightAndAnotherVendorsRouteNeverCounts() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            Company other = vendor(em);
            CustomerRelationship cafe = customer(em, vendor, "Café Route");
            CustomerRelationship bistro = customer(em, vendor, "Bistro Route");
            CustomerRelationship plain = customer(em, vendor, "Plain Route");
            CustomerRelationship cafeOfOther = new CustomerRepository(em).add(
                    new CustomerRelationship(other, cafe.customer(), RelationshipOrigin.LINKED, null, Instant.now()));
            em.flush();
            long kitchen = location(em, cafe.customer().id(), 1);
            long terrace = location(em, cafe.customer().id(), 2);
            long bistroDoor = location(em, bistro.customer().id(), 3);
            long north = route(em, vendor.id(), "N");
            long south = route(em, vendor.id(), "S");
            long theirs = route(em, other.id(), "T");
            stop(em, north, kitchen, 0);
            stop(em, south, terrace, 0);
            stop(em, north, bistroDoor, 1);
            stop(em, theirs, kitchen, 0);
            return new long[] {vendor.id(), other.id(), cafe.id(), bistro.id(), plain.id(), north, south, theirs, bistroDoor,
                    cafeOfOther.id()};
        });
        long vendor = ids[0];
        long other = ids[1];
        long north = ids[5];
        long south = ids[6];
        long theirs = ids[7];

        assertEquals(List.of("Bistro Route", "Café Route"), names(vendor, query().withRoute(CustomerQuery.RouteFilter.on(north))));
        assertEquals(List.of("Café Route"), names(vendor, query().withRoute(CustomerQuery.RouteFilter.on(south))));
        assertEquals(List.of(), names(vendor, query().withRoute(CustomerQuery.RouteFilter.on(theirs))),
                "another vendor's route finds none of this vendor's customers");
        assertEquals(List.of("Plain Route"), names(vendor, query().withRoute(NONE)));
        assertEquals(1, count(vendor, query().withRoute(NONE)));
        assertEquals(0, count(other, query().withRoute(NONE)), "the other vendor's own stop counts for it");
        Map<Long, List<String>> codes = database.inTransaction(em -> routeCodes(em, vendor, List.of(ids[2], ids[3], ids[4], ids[9])));
        assertEquals(Map.of(ids[2], List.of("N", "S"), ids[3], List.of("N")), codes,
                "codes of this vendor's routes only, none for another vendor's relationship");

        // the bistro's only stop goes: it is on no route; archiving south leaves the café on north only
        database.runInTransaction(em -> em.createNativeQuery("delete from route_stop where delivery_location_id = " + ids[8])
                .executeUpdate());
        assertEquals(List.of("Bistro Route", "Plain Route"), names(vendor, query().withRoute(NONE)));
        database.runInTransaction(em -> em.createNativeQuery("update route set archived_at = now() where id = " + south)
                .executeUpdate());
        assertEquals(List.of("N"), database.inTransaction(em -> routeCodes(em, vendor, List.of(ids[2]))).get(ids[2]));
        database.runInTransaction(em -> em.createNativeQuery("update route set archived_at = now() where id = " + north)
                .executeUpdate());
        assertEquals(List.of("Bistro Route", "Café Route", "Plain Route"), names(vendor, query().withRoute(NONE)),
                "no current route left");
        database.runInTransaction(em -> em.createNativeQuery("update route set archived_at = null where id = " + north)
                .executeUpdate());
        assertEquals(List.of("Bistro Route", "Plain Route"), names(vendor, query().withRoute(NONE)));

        // the other vendor unlinks the café and links it again: its stop still counts for the new relationship
        database.runInTransaction(em -> em.createNativeQuery("delete from customer_relationship where id = " + ids[9])
                .executeUpdate());
        database.runInTransaction(em -> {
            CustomerRelationship cafe = em.find(CustomerRelationship.class, ids[2]);
            new CustomerRepository(em).add(new CustomerRelationship(em.find(Company.class, other), cafe.customer(),
                    RelationshipOrigin.LINKED, null, Instant.now()));
        });
        assertEquals(0, count(other, query().withRoute(NONE)), "a company linked again is on the routes its places still are");
        assertEquals(1, count(other, query().withRoute(CustomerQuery.RouteFilter.on(theirs))));
    }

    /** The Route column's codes as the list reads them: from the customers' planned locations. */
    private static Map<Long, List<String>> routeCodes(EntityManager em, long vendor, List<Long> relationshipIds) {
        Map<Long, List<String>> codes = new HashMap<>();
        new DeliveryPlanRepository(em).plannedLocations(vendor, relationshipIds).forEach((id, locations) -> {
            if (!PlannedLocation.routeCodes(locations).isEmpty()) {
                codes.put(id, PlannedLocation.routeCodes(locations));
            }
        });
        return codes;
    }

    private static CustomerQuery query() {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, 50);
    }

    private static long count(long vendor, CustomerQuery query) {
        return database.inTransaction(em -> new CustomerRepository(em).count(vendor, query));
    }

    private static List<String> names(long vendor, CustomerQuery query) {
        return database.inTransaction(em -> new CustomerRepository(em).list(vendor, query).items().stream()
                .map(r -> r.customer().name()).toList());
    }

    private static Company vendor(EntityManager em) {
        return new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
    }

    private static CustomerRelationship customer(EntityManager em, Company vendor, String name) {
        Company company = new CompanyRepository(em).add(Company.customer(name, UUID.randomUUID() + "@routes.example",
                null, new Address(null, null, "Wien", "AT"), Instant.now()));
        return new CustomerRepository(em).add(new CustomerRelationship(vendor, company, RelationshipOrigin.CREATED, null,
                Instant.now()));
    }

    private static long location(EntityManager em, long companyId, int n) {
        long id = ((Number) em.createNativeQuery("select nextval('delivery_location_seq')").getSingleResult()).longValue() * 100 + n;
        em.createNativeQuery("insert into delivery_location (id, company_id, name, created_at) values (?1, ?2, ?3, now())")
                .setParameter(1, id).setParameter(2, companyId).setParameter(3, "Place " + n).executeUpdate();
        return id;
    }

    private static long route(EntityManager em, long vendorId, String code) {
        long id = ((Number) em.createNativeQuery("select nextval('route_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into route (id, vendor_id, name, code, delivery_weekdays, deadline_days_before,"
                        + " deadline_time, created_at) values (?1, ?2, ?3, ?4, 1, 1, '14:00', now())")
                .setParameter(1, id).setParameter(2, vendorId).setParameter(3, "Route " + code).setParameter(4, code)
                .executeUpdate();
        return id;
    }

    private static void stop(EntityManager em, long routeId, long locationId, int position) {
        em.createNativeQuery("insert into route_stop (route_id, delivery_location_id, position) values (?1, ?2, ?3)")
                .setParameter(1, routeId).setParameter(2, locationId).setParameter(3, position).executeUpdate();
    }
}
