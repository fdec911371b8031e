package com.clientbook.services.report;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.report.ReportRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The small fixed data set the report figures are computed by hand from (see {@link ReportsIT}): one vendor's five
 * customers, an access request, six invitations, two routes, five orders (one cancelled), an import with errors and an
 * undelivered e-mail, at fixed instants around {@link #NOW}, a Wednesday.
 */
@Stateless
public class ReportFixture {

    /** Wednesday 9 December 2026, 10:00 UTC: the week began on Monday the 7th. */
    public static final Instant NOW = Instant.parse("2026-12-09T10:00:00Z");

    @PersistenceContext(unitName = "clientbook")
    EntityManager entityManager;

    @Inject
    ReportRepository reports;

    /** The ids the test follows. */
    public record Ids(long alpha, long beta, long gamma, long delta, long epsilon, long northRoute, long southRoute,
                      long productOne, long productTwo, String unique) {
    }

    public Ids build(long vendorId) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Company vendor = entityManager.find(Company.class, vendorId);
        // Alpha: added this week (Tuesday), number A-1, a location on route North, an active person; ordered
        Company alpha = customer("Alpha " + unique);
        long alphaRelationship = relationship(vendor, alpha, "A-" + unique, "2026-12-08T09:00:00Z");
        long alphaLocation = location(alpha);
        person(alpha, "alpha-" + unique + "@customer.example", true);
        // Beta: added last Monday, no number, no location: a prospect
        Company beta = customer("Beta " + unique);
        long betaRelationship = relationship(vendor, beta, null, "2026-11-30T12:00:00Z");
        // Gamma: added in October, a number that starts like a formula, ordered once in August, nothing since
        Company gamma = customer("Gamma " + unique);
        long gammaRelationship = relationship(vendor, gamma, "=G" + unique, "2026-10-01T12:00:00Z");
        long gammaLocation = location(gamma);
        // Delta: added today, invited (pending until 2100), a location on route North, no number
        Company delta = customer("Delta " + unique);
        long deltaRelationship = relationship(vendor, delta, null, "2026-12-09T08:00:00Z");
        long deltaLocation = location(delta);
        // Epsilon: added in September, registered, no order, banned until Friday
        Company epsilon = customer("Epsilon " + unique);
        long epsilonRelationship = relationship(vendor, epsilon, "E-" + unique, "2026-09-01T12:00:00Z");
        location(epsilon);
        person(epsilon, "epsilon-" + unique + "@customer.example", true);
        entityManager.flush();
        sql("update customer_relationship set banned_at = ?1, banned_by = 'Vera', ban_reason = 'unpaid', banned_until = ?2 where id = ?3",
                Timestamp.from(Instant.parse("2026-12-01T12:00:00Z")), Date.valueOf(LocalDate.parse("2026-12-11")), epsilonRelationship);

        // an open access request from a company that is no customer yet, made last Saturday
        Company zeta = customer("Zeta " + unique);
        User zetaPerson = person(zeta, "zeta-" + unique + "@customer.example", true);
        entityManager.flush();
        sql("insert into access_request (id, vendor_id, customer_id, requested_by, status, requested_at)"
                + " values (nextval('access_request_seq'), ?1, ?2, ?3, 'OPEN', ?4)", vendorId, zeta.id(), zetaPerson.id(),
                at("2026-12-05T12:00:00Z"));

        // invitations: by Vera 3 (pending, accepted after 23 h, revoked), by Otto 3 (accepted after 48 h, expired, pending
        // and expiring within 3 days)
        invitation(vendorId, deltaRelationship, "i1-" + unique, "Vera", "2026-12-09T08:30:00Z", "2100-01-01T00:00:00Z", null, null);
        invitation(vendorId, alphaRelationship, "i2-" + unique, "Vera", "2026-12-01T10:00:00Z", "2026-12-15T00:00:00Z", "2026-12-02T09:00:00Z", null);
        invitation(vendorId, epsilonRelationship, "i3-" + unique, "Otto", "2026-12-02T00:00:00Z", "2026-12-16T00:00:00Z", "2026-12-04T00:00:00Z", null);
        invitation(vendorId, null, "i4-" + unique, "Otto", "2026-11-20T12:00:00Z", "2026-11-27T12:00:00Z", null, null);
        invitation(vendorId, null, "i5-" + unique, "Vera", "2026-11-24T12:00:00Z", "2026-12-08T12:00:00Z", null, "2026-11-25T12:00:00Z");
        invitation(vendorId, null, "i6-" + unique, "Otto", "2026-12-03T12:00:00Z", "2026-12-11T10:00:00Z", null, null);
        // i6's e-mail was given up after the last attempt; i2's went out
        outbox("i6-" + unique + "@invited.example", "2026-12-03T12:00:01Z", 20, null);
        outbox("i2-" + unique + "@invited.example", "2026-12-01T10:00:01Z", 1, "2026-12-01T10:00:05Z");

        // routes: North (Monday, Thursday) with Alpha's and Delta's locations; South (Friday) without stops; an archived one
        long north = route(vendorId, "N" + unique, "North", 1 | 8, null);
        long south = route(vendorId, "S" + unique, "South", 16, null);
        long archived = route(vendorId, "X" + unique, "Old", 1, "2026-11-01T00:00:00Z");
        sql("insert into route_stop (route_id, delivery_location_id, position) values (?1, ?2, 0)", north, alphaLocation);
        sql("insert into route_stop (route_id, delivery_location_id, position) values (?1, ?2, 1)", north, deltaLocation);
        sql("insert into route_stop (route_id, delivery_location_id, position) values (?1, ?2, 0)", archived, gammaLocation);

        long one = product(vendorId, "P1-" + unique, "Product one");
        long two = product(vendorId, "P2-" + unique, "Product two");
        // orders: Alpha last Tuesday (P1 x2), Monday cancelled (P2 x5), Tuesday (P1 x3, P2 x1), today (P2 x6);
        // Gamma on 1 August (P1 x1), without route
        order(vendorId, alpha, alphaRelationship, alphaLocation, 1, "2026-12-01T09:00:00Z", "2026-12-03", north, "PLACED", one, 2);
        order(vendorId, alpha, alphaRelationship, alphaLocation, 2, "2026-12-07T09:00:00Z", "2026-12-10", north, "CANCELLED", two, 5);
        long o3 = order(vendorId, alpha, alphaRelationship, alphaLocation, 3, "2026-12-08T09:00:00Z", "2026-12-10", north, "CONFIRMED", one, 3);
        line(o3, 1, two, 1);
        order(vendorId, alpha, alphaRelationship, alphaLocation, 4, "2026-12-09T08:00:00Z", "2026-12-10", north, "PLACED", two, 6);
        order(vendorId, gamma, gammaRelationship, gammaLocation, 5, "2026-08-01T09:00:00Z", "2026-08-03", null, "DELIVERED", one, 1);

        // an import that applied rows with errors, and a dry run with errors (which changed nothing)
        importWithErrors(vendorId, false, "2026-12-01T12:00:00Z");
        importWithErrors(vendorId, true, "2026-12-01T13:00:00Z");
        reports.forgetTop(vendorId);
        return new Ids(alphaRelationship, betaRelationship, gammaRelationship, deltaRelationship, epsilonRelationship,
                north, south, one, two, unique);
    }

    /** A vendor of its own with one customer that ordered yesterday: what another vendor must not see. */
    public void otherVendorsOrder(long vendorId) {
        Company vendor = entityManager.find(Company.class, vendorId);
        Company other = customer("Other " + UUID.randomUUID());
        long relationship = relationship(vendor, other, null, "2026-12-08T09:00:00Z");
        long location = location(other);
        long product = product(vendorId, "O-" + UUID.randomUUID().toString().substring(0, 8), "Other product");
        order(vendorId, other, relationship, location, 1, "2026-12-08T09:00:00Z", "2026-12-10", null, "PLACED", product, 1);
        reports.forgetTop(vendorId);
    }

    /** Counts a sign-in in the week beginning on the Monday given. */
    public void countSignIn(LocalDate monday) {
        reports.countSignIn(monday);
    }

    public void outbox(String recipient, String createdAt, int attempts, String sentAt) {
        sql("insert into outbox_message (id, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at)"
                        + " values (nextval('outbox_message_seq'), ?1, 'Invitation', 'Hello', ?2, ?3, ?2, cast(?4 as timestamptz))",
                recipient, at(createdAt), attempts, sentAt == null ? null : at(sentAt));
    }

    private Company customer(String name) {
        Company company = Company.customer(name, null, null, new Address("Street 1", "1010", "Wien", "AT"), NOW);
        entityManager.persist(company);
        return company;
    }

    private long relationship(Company vendor, Company customer, String number, String createdAt) {
        CustomerRelationship relationship = new CustomerRelationship(vendor, customer, RelationshipOrigin.CREATED, number, NOW);
        entityManager.persist(relationship);
        entityManager.flush();
        sql("update customer_relationship set created_at = ?1 where id = ?2", at(createdAt), relationship.id());
        return relationship.id();
    }

    private long location(Company company) {
        DeliveryLocation location = new DeliveryLocation(company, "Kitchen", new Address("Street 1", "1010", "Wien", "AT"), NOW);
        entityManager.persist(location);
        entityManager.flush();
        return location.id();
    }

    private User person(Company company, String email, boolean active) {
        User user = new User(company, Role.CUSTOMER_ADMIN, email, "Pat", "Person", NOW);
        if (active) {
            user.setPassword("not-a-real-hash");
        }
        entityManager.persist(user);
        return user;
    }

    private void invitation(long vendorId, Long relationshipId, String address, String sentBy, String sentAt, String expiresAt,
                            String acceptedAt, String revokedAt) {
        sql("insert into invitation (id, vendor_id, relationship_id, email, token_hash, sent_by, created_at, sent_at, expires_at,"
                        + " accepted_at, revoked_at) values (nextval('invitation_seq'), ?1, cast(?2 as bigint), ?3, ?4, ?5, ?6, ?6, ?7,"
                        + " cast(?8 as timestamptz), cast(?9 as timestamptz))",
                vendorId, relationshipId, address + "@invited.example", UUID.randomUUID().toString(), sentBy, at(sentAt),
                at(expiresAt), acceptedAt == null ? null : at(acceptedAt), revokedAt == null ? null : at(revokedAt));
    }

    private long route(long vendorId, String code, String name, int weekdays, String archivedAt) {
        long id = ((Number) entityManager.createNativeQuery("select nextval('route_seq')").getSingleResult()).longValue();
        sql("insert into route (id, vendor_id, name, code, delivery_weekdays, deadline_days_before, deadline_time, active,"
                        + " archived_at, created_at) values (?1, ?2, ?3, ?4, ?5, 1, '14:00', true, cast(?6 as timestamptz), ?7)",
                id, vendorId, name, code, weekdays, archivedAt == null ? null : at(archivedAt), at("2026-09-01T00:00:00Z"));
        return id;
    }

    private long product(long vendorId, String articleNumber, String name) {
        long id = ((Number) entityManager.createNativeQuery("select nextval('product_seq')").getSingleResult()).longValue();
        sql("insert into product (id, vendor_id, article_number, name, unit, pack_size, active, created_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, 'PIECE', 1, true, ?5, ?5)", id, vendorId, articleNumber, name, at("2026-09-01T00:00:00Z"));
        return id;
    }

    private long order(long vendorId, Company customer, long relationshipId, long locationId, long number, String placedAt,
                       String deliveryDay, Long routeId, String status, long productId, int quantity) {
        Object route = routeId == null ? null : routeId;
        long id = ((Number) entityManager.createNativeQuery("insert into customer_order (vendor_id, customer_id, placed_at,"
                        + " order_number, relationship_id, delivery_day, delivery_location_id, route_id, route_code, route_name,"
                        + " status, placed_by, updated_at)"
                        + " select ?1, ?2, ?3, ?9, ?4, ?5, ?6, rt.id, rt.code, rt.name, ?7, 'Pat', ?3"
                        + " from (select 1) one left join route rt on rt.id = ?8 returning id")
                .setParameter(1, vendorId).setParameter(2, customer.id()).setParameter(3, at(placedAt))
                .setParameter(4, relationshipId).setParameter(5, Date.valueOf(LocalDate.parse(deliveryDay)))
                .setParameter(6, locationId).setParameter(7, status).setParameter(8, route == null ? -1L : route).setParameter(9, number)
                .getSingleResult()).longValue();
        line(id, 0, productId, quantity);
        return id;
    }

    private void line(long orderId, int lineNo, long productId, int quantity) {
        sql("insert into order_line (order_id, line_no, product_id, article_number, product_name, unit, quantity)"
                + " select ?1, ?2, p.id, p.article_number, p.name, p.unit, ?3 from product p where p.id = ?4",
                orderId, lineNo, quantity, productId);
    }

    private void importWithErrors(long vendorId, boolean dryRun, String createdAt) {
        sql("insert into customer_import (id, vendor_id, started_by, file_name, headers, dry_run, status, total_rows,"
                        + " processed_rows, error_count, created_at) values (nextval('customer_import_seq'), ?1, 'Vera',"
                        + " 'customers.csv', '{}', ?2, 'DONE', 3, 3, 2, ?3)", vendorId, dryRun, at(createdAt));
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    /** Runs a statement; a parameter that may be null is cast in the statement, which gives its null a type. */
    private void sql(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
