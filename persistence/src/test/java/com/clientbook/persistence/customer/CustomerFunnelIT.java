package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.clientbook.domain.customer.CustomerQuery.BanFilter.ALL;
import static com.clientbook.domain.customer.CustomerQuery.BanFilter.BANNED;
import static com.clientbook.domain.customer.CustomerQuery.BanFilter.NOT_BANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bans in the list's counts, and the facts a customer's funnel status is made of, read in one statement. */
class CustomerFunnelIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aBanCountsWhileInForceAndTheCountsAgreeWithTheListedRows() {
        long vendorId = database.inTransaction(em -> {
            Company vendor = vendor(em);
            customer(em, vendor, "Gasthof Never Banned");
            customer(em, vendor, "Gasthof Banned Until Lifted").ban("unpaid", null, false, "anna", Instant.now());
            customer(em, vendor, "Gasthof Ban Ends Today").ban("unpaid", TODAY, false, "anna", Instant.now());
            customer(em, vendor, "Gasthof Ban Ended Yesterday").ban("unpaid", TODAY.minusDays(1), false, "anna", Instant.now());
            CustomerRelationship lifted = customer(em, vendor, "Hotel Ban Lifted");
            lifted.ban("unpaid", null, false, "anna", Instant.now());
            lifted.liftBan(Instant.now());
            customer(em, vendor(em), "Gasthof Of Another Vendor").ban("unpaid", null, false, "ben", Instant.now());
            return vendor.id();
        });

        assertEquals(List.of("Gasthof Ban Ended Yesterday", "Gasthof Never Banned", "Hotel Ban Lifted"),
                names(vendorId, query(NOT_BANNED)));
        assertEquals(3, count(vendorId, query(NOT_BANNED)));
        assertEquals(List.of("Gasthof Ban Ends Today", "Gasthof Banned Until Lifted"), names(vendorId, query(BANNED)));
        assertEquals(2, count(vendorId, query(BANNED)));
        assertEquals(5, count(vendorId, query(ALL)));
        // with another filter beside the ban's
        CustomerQuery gasthof = new CustomerQuery("gasthof", null, null, CustomerSort.COMPANY_NAME, true, 0, 50)
                .withBans(NOT_BANNED).on(TODAY);
        assertEquals(List.of("Gasthof Ban Ended Yesterday", "Gasthof Never Banned"), names(vendorId, gasthof));
        assertEquals(2, count(vendorId, gasthof));
        // a ban is judged on the query's day: tomorrow the ban that ends today is over
        assertEquals(4, count(vendorId, query(NOT_BANNED).on(TODAY.plusDays(1))));
    }

    @Test
    void funnelFactsSayOrderedRegisteredAndInvitedPerRelationship() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        List<Long> ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            CustomerRelationship nothing = customer(em, vendor, "Nothing Yet");
            CustomerRelationship ordered = customer(em, vendor, "Has Ordered");
            em.createNativeQuery("insert into customer_order (vendor_id, customer_id, placed_at) values (?1, ?2, ?3)")
                    .setParameter(1, vendor.id()).setParameter(2, ordered.customer().id())
                    .setParameter(3, Timestamp.from(now)).executeUpdate();
            CustomerRelationship registered = customer(em, vendor, "Registered");
            person(em, registered.customer(), true);
            CustomerRelationship notYetRegistered = customer(em, vendor, "Has Not Set A Password");
            person(em, notYetRegistered.customer(), false);
            CustomerRelationship invited = customer(em, vendor, "Invited");
            invitation(em, vendor, invited, Duration.ofDays(14), now.minus(Duration.ofDays(1)));
            CustomerRelationship expired = customer(em, vendor, "Invitation Expired");
            invitation(em, vendor, expired, Duration.ofDays(14), now.minus(Duration.ofDays(15)));
            CustomerRelationship revoked = customer(em, vendor, "Invitation Revoked");
            invitation(em, vendor, revoked, Duration.ofDays(14), now.minus(Duration.ofDays(1))).revoke(now);
            // the same company ordered from another vendor: not an order to this one
            Company other = vendor(em);
            em.createNativeQuery("insert into customer_order (vendor_id, customer_id, placed_at) values (?1, ?2, ?3)")
                    .setParameter(1, other.id()).setParameter(2, nothing.customer().id())
                    .setParameter(3, Timestamp.from(now)).executeUpdate();
            return List.of(nothing.id(), ordered.id(), registered.id(), notYetRegistered.id(), invited.id(),
                    expired.id(), revoked.id());
        });

        Map<Long, FunnelFacts> facts = database.inTransaction(em -> new CustomerRepository(em).funnelFacts(ids, now));

        assertEquals(FunnelFacts.NONE, facts.get(ids.get(0)));
        assertEquals(new FunnelFacts(true, false, false), facts.get(ids.get(1)));
        assertEquals(new FunnelFacts(false, true, false), facts.get(ids.get(2)));
        assertEquals(FunnelFacts.NONE, facts.get(ids.get(3)));
        assertEquals(new FunnelFacts(false, false, true), facts.get(ids.get(4)));
        assertEquals(FunnelFacts.NONE, facts.get(ids.get(5)));
        assertEquals(FunnelFacts.NONE, facts.get(ids.get(6)));
        assertEquals(ids.size(), facts.size());
        assertEquals(Map.of(), database.inTransaction(em -> new CustomerRepository(em).funnelFacts(List.of(-1L), now)));
    }

    /**
     * Issue 16: the dashboard counts the lists it links to in one statement, from the list's own conditions; each
     * count equals the list's, for every condition both ways, and another vendor's customers are in none of them.
     */
    @Test
    void countingManyListsInOneStatementGivesEachListsOwnCount() {
        Instant now = Instant.now();
        long vendorId = database.inTransaction(em -> {
            Company vendor = vendor(em);
            customer(em, vendor, "Nothing Yet");
            CustomerRelationship ordered = customer(em, vendor, "Has Ordered");
            em.createNativeQuery("insert into customer_order (vendor_id, customer_id, placed_at) values (?1, ?2, ?3)")
                    .setParameter(1, vendor.id()).setParameter(2, ordered.customer().id())
                    .setParameter(3, Timestamp.from(now.minus(Duration.ofDays(2)))).executeUpdate();
            person(em, customer(em, vendor, "Registered").customer(), true);
            invitation(em, vendor, customer(em, vendor, "Invited"), Duration.ofDays(14), now.minus(Duration.ofDays(1)));
            Invitation accepted = invitation(em, vendor, customer(em, vendor, "Accepted"), Duration.ofDays(14),
                    now.minus(Duration.ofDays(20)));
            em.flush();
            em.createNativeQuery("update invitation set accepted_at = ?1 where id = ?2")
                    .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(3)))).setParameter(2, accepted.id()).executeUpdate();
            CustomerRelationship banned = customer(em, vendor, "Banned With A Number");
            banned.ban("unpaid", null, false, "anna", now);
            banned.assignCustomerNumber("K-1", now);
            CustomerRelationship located = customer(em, vendor, "Has A Delivery Location");
            em.flush();
            em.createNativeQuery("insert into delivery_location (id, company_id, name, created_at)"
                            + " values (nextval('delivery_location_seq'), ?1, 'Kitchen', ?2)")
                    .setParameter(1, located.customer().id()).setParameter(2, Timestamp.from(now)).executeUpdate();
            em.createNativeQuery("update customer_relationship set created_at = ?1 where id = ?2")
                    .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(40)))).setParameter(2, located.id()).executeUpdate();
            CustomerRelationship stranger = customer(em, vendor(em), "Another Vendor's");
            person(em, stranger.customer(), true);
            return vendor.id();
        });
        CustomerQuery everyone = query(ALL);
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<String, CustomerQuery> lists = new java.util.LinkedHashMap<>();
        lists.put("all", everyone);
        lists.put("not banned", query(NOT_BANNED));
        lists.put("banned", query(BANNED));
        for (boolean yes : List.of(true, false)) {
            lists.put("registered " + yes, everyone.withRegistered(yes));
            lists.put("ordered " + yes, everyone.withOrdered(yes));
            lists.put("invited " + yes, everyone.withInvited(yes));
            lists.put("delivery days " + yes, everyone.withDeliveryDays(yes));
            lists.put("location " + yes, everyone.withLocation(yes));
        }
        lists.put("prospect", everyone.withRegistered(false).withOrdered(false).withInvited(false));
        lists.put("without number", everyone.withoutCustomerNumber(true));
        lists.put("on no route", everyone.withRoute(CustomerQuery.RouteFilter.NONE));
        for (CustomerQuery.Moved.Step step : CustomerQuery.Moved.Step.values()) {
            lists.put("moved " + step, everyone.withMoved(new CustomerQuery.Moved(step, weekAgo)));
        }

        Map<String, Long> counted = database.inTransaction(em -> new CustomerRepository(em).count(vendorId, lists));

        assertEquals(lists.keySet(), counted.keySet());
        lists.forEach((name, list) -> assertEquals(count(vendorId, list), counted.get(name), name));
        lists.forEach((name, list) -> assertEquals(names(vendorId, list).size(), counted.get(name), name + ", listed"));
        assertEquals(7, counted.get("all"));
        assertEquals(1, counted.get("banned"));
        assertEquals(1, counted.get("registered true"));
        assertEquals(1, counted.get("ordered true"));
        assertEquals(1, counted.get("invited true"), "the accepted invitation is not pending");
        assertEquals(1, counted.get("location true"));
        assertEquals(6, counted.get("without number"));
        assertEquals(6, counted.get("moved ADDED"), "all but the one added 40 days ago");
        assertEquals(1, counted.get("moved INVITED"));
        assertEquals(1, counted.get("moved REGISTERED"));
        assertEquals(1, counted.get("moved FIRST_ORDER"));
        // a filter that is not one of the shared conditions is counted on its own, not here
        assertThrows(IllegalArgumentException.class, () -> database.inTransaction(em ->
                new CustomerRepository(em).count(vendorId, Map.of("text", everyone.withText("order")))));
    }

    private static CustomerQuery query(CustomerQuery.BanFilter bans) {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, 50).withBans(bans).on(TODAY);
    }

    private static long count(long vendorId, CustomerQuery query) {
        return database.inTransaction(em -> new CustomerRepository(em).count(vendorId, query));
    }

    private static List<String> names(long vendorId, CustomerQuery query) {
        return database.inTransaction(em -> new CustomerRepository(em).list(vendorId, query).items().stream()
                .map(r -> r.customer().name()).toList());
    }

    private static Company vendor(EntityManager em) {
        return new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
    }

    private static CustomerRelationship customer(EntityManager em, Company vendor, String name) {
        Company company = new CompanyRepository(em).add(Company.customer(name, null, null,
                new Address(null, null, "Wien", "AT"), Instant.now()));
        return new CustomerRepository(em).add(new CustomerRelationship(vendor, company, RelationshipOrigin.CREATED, null,
                Instant.now()));
    }

    private static void person(EntityManager em, Company company, boolean active) {
        User user = new User(company, Role.CUSTOMER_ADMIN, UUID.randomUUID() + "@funnel.example", "Pat", "Person",
                Instant.now());
        if (active) {
            user.setPassword("not-a-real-hash");
        }
        em.persist(user);
    }

    private static Invitation invitation(EntityManager em, Company vendor, CustomerRelationship relationship,
                                         Duration validity, Instant sentAt) {
        Invitation invitation = new Invitation(vendor, relationship,
                new Invitation.Recipient(UUID.randomUUID() + "@funnel.example", null, null, null, null, null),
                false, null, "anna", UUID.randomUUID().toString(), validity, sentAt);
        em.persist(invitation);
        return invitation;
    }
}
