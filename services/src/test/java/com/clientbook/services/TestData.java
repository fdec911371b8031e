package com.clientbook.services;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.outbox.OutboxRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.shared.Actor;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the in-container tests need besides the services: their own vendors (no demo data), and a look at the
 * rows a service call left behind, each in a transaction of its own. Also declares the datasource, which the
 * EAR declares in application.xml.
 */
@DataSourceDefinition(name = "java:app/jdbc/clientbook",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=DB_URL}",
        user = "${ENV=DB_USER}",
        password = "${ENV=DB_PASSWORD}")
@Stateless
public class TestData {

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    OutboxRepository outbox;

    @Inject
    AuditRepository audit;

    @PersistenceContext(unitName = "clientbook")
    EntityManager entityManager;

    /** A new vendor company with its administrator, who then acts in the test. */
    public Actor newVendorAdmin() {
        Instant now = Instant.now();
        String unique = UUID.randomUUID().toString();
        Company vendor = companies.add(Company.vendor("Vendor " + unique, "office-" + unique + "@vendor.example", now));
        User admin = users.add(new User(vendor, Role.VENDOR_ADMIN, "admin-" + unique + "@vendor.example", "Vera", "Vendor", now));
        users.flush();
        return Actor.person(admin.id(), vendor.id(), Role.VENDOR_ADMIN, admin.displayName() + " <" + admin.email() + ">");
    }

    public String companyName(long companyId) {
        return companies.get(companyId).name();
    }

    public long companiesNamed(String name) {
        return entityManager.createQuery("select count(c) from Company c where c.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    public Optional<Person> person(String email) {
        return users.findByEmail(email).map(u -> new Person(u.company().id(), u.role(), u.status(), u.passwordHash() != null));
    }

    /** The bodies of the e-mails queued for the address, oldest first. */
    public List<String> mailTo(String email) {
        return outbox.findByRecipient(email).stream().map(OutboxMessage::body).toList();
    }

    public long relationshipsOf(long customerCompanyId) {
        return entityManager.createQuery("select count(r) from CustomerRelationship r where r.customer.id = :id", Long.class)
                .setParameter("id", customerCompanyId)
                .getSingleResult();
    }

    /** Every column of a stored API key, as text, to show what the database would give away. */
    public List<String> storedApiKey(long id) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select id, vendor_id, name, prefix, secret_hash,"
                        + " created_at, revoked_at, version from api_key where id = ?")
                .setParameter(1, id)
                .getSingleResult();
        return Arrays.stream(row).map(String::valueOf).toList();
    }

    /** A company's history as "action: new value", oldest first. */
    public List<String> historyOfCompany(long companyId) {
        return entityManager.createQuery("select e from AuditEvent e where e.companyId = :id and e.relationshipId is null"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("id", companyId)
                .getResultList()
                .stream().map(e -> e.action() + ": " + e.newValue() + " by " + e.actor()).toList();
    }

    /** The audit events written about a customer relationship, whether it still exists or not. */
    public long auditEventsOf(long relationshipId) {
        return entityManager.createQuery("select count(e) from AuditEvent e where e.relationshipId = :id", Long.class)
                .setParameter("id", relationshipId)
                .getSingleResult();
    }

    /** How many keys the vendor has stored with this Idempotency-Key (0 or 1). */
    public long idempotencyKeys(long vendorId, String key) {
        return ((Number) entityManager.createNativeQuery("select count(*) from idempotency_key where vendor_id = ?1 and idempotency_key = ?2")
                .setParameter(1, vendorId)
                .setParameter(2, key)
                .getSingleResult()).longValue();
    }

    /**
     * Sessions that wait for another transaction's lock, e.g. on a unique index entry. (Their {@code query} text is
     * no guide: with batch writing it still shows the batch's first insert.)
     */
    public long insertsWaitingForALock() {
        return ((Number) entityManager.createNativeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock'")
                .getSingleResult()).longValue();
    }

    /** What the database's busy sessions are doing and which locks they hold or wait for, for failure messages. */
    @SuppressWarnings("unchecked")
    public List<String> activity() {
        return ((List<Object[]>) entityManager.createNativeQuery("select a.pid, a.state, a.wait_event_type, left(a.query, 60),"
                        + " l.locktype, l.transactionid, l.relation::regclass, l.mode, l.granted"
                        + " from pg_stat_activity a left join pg_locks l on l.pid = a.pid"
                        + " where a.datname = current_database() and a.state <> 'idle'").getResultList())
                .stream().map(Arrays::toString).toList();
    }

    /** Another person of a customer company, waiting to set a password; disabled at once when asked to. */
    public void addPerson(long companyId, String email, boolean disabled) {
        users.add(new User(companies.get(companyId), Role.CUSTOMER_BUYER, email, "Pat", "Person", Instant.now()));
        users.flush();
        if (disabled) {
            entityManager.createNativeQuery("update app_user set status = 'DISABLED' where lower(email) = lower(?1)")
                    .setParameter(1, email)
                    .executeUpdate();
        }
    }

    public long peopleOf(long companyId) {
        return entityManager.createQuery("select count(u) from User u where u.company.id = :id", Long.class)
                .setParameter("id", companyId)
                .getSingleResult();
    }

    /** The actions in a relationship's history, newest first. */
    public List<String> historyOf(long relationshipId) {
        return audit.historyOfRelationship(relationshipId).stream().map(AuditEvent::action).toList();
    }

    /** The relationship's history as "ACTION: new value" lines, oldest first. */
    public List<String> historyWithValuesOf(long relationshipId) {
        return audit.historyOfRelationship(relationshipId).stream().map(e -> e.action() + ": " + e.newValue()).toList();
    }

    /** A new person of a customer company with the given role, acting in the test. */
    public Actor newCustomerPerson(long companyId, Role role) {
        String unique = UUID.randomUUID().toString();
        User person = users.add(new User(companies.get(companyId), role, "person-" + unique + "@customer.example", "Cleo",
                "Customer", Instant.now()));
        users.flush();
        return Actor.person(person.id(), companyId, role, person.displayName() + " <" + person.email() + ">");
    }

    /** An order from the customer company to the vendor, delivered to the location: what makes a location "used". */
    public void orderDeliveredTo(long vendorId, long customerCompanyId, long locationId) {
        entityManager.createNativeQuery("insert into customer_order (vendor_id, customer_id, placed_at, delivery_location_id)"
                        + " values (?1, ?2, now(), ?3)")
                .setParameter(1, vendorId)
                .setParameter(2, customerCompanyId)
                .setParameter(3, locationId)
                .executeUpdate();
    }

    /** Whether a delivery location's row is still stored, archived or not. */
    public boolean locationStored(long locationId) {
        return entityManager.find(com.clientbook.domain.location.DeliveryLocation.class, locationId) != null;
    }

    // ---- bans, access requests and the funnel (issue 4)

    /** A new customer company (with an address) and its admin, who has an active account and acts in the test. */
    public Actor newCustomerAdmin(String companyName) {
        Instant now = Instant.now();
        String unique = UUID.randomUUID().toString();
        Company company = companies.add(Company.customer(companyName, "office-" + unique + "@customer.example", "+43 1 234",
                new com.clientbook.domain.company.Address("Hauptplatz 1", "8010", "Graz", "AT"), now));
        User admin = users.add(new User(company, Role.CUSTOMER_ADMIN, "buyer-" + unique + "@customer.example", "Cora", "Customer", now));
        admin.setPassword("not-a-real-hash");
        users.flush();
        return Actor.person(admin.id(), company.id(), Role.CUSTOMER_ADMIN, admin.displayName() + " <" + admin.email() + ">");
    }

    /** A company's own e-mail address: what a vendor may link it by (docs/product-rules.md rule 11). */
    public String companyEmailOf(long companyId) {
        return companies.get(companyId).email();
    }

    /** The e-mail address of the person behind an actor. */
    public String emailOf(Actor actor) {
        return users.get(actor.userId()).email();
    }

    /** Puts the vendor in the vendor directory (or takes it out), as its admin would on the settings page. */
    public void listVendor(long vendorId, boolean listed) {
        companies.get(vendorId).listInDirectory(listed, Instant.now());
    }

    /** Records an order of the customer company with the vendor, as the orders feature will. */
    public void placeOrder(long vendorId, long customerCompanyId) {
        entityManager.createNativeQuery("insert into customer_order (vendor_id, customer_id, placed_at) values (?1, ?2, now())")
                .setParameter(1, vendorId)
                .setParameter(2, customerCompanyId)
                .executeUpdate();
    }

    /** Moves a ban's last day, e.g. into the past, as if the days had gone by. */
    public void setBanUntil(long relationshipId, java.time.LocalDate until) {
        entityManager.createNativeQuery("update customer_relationship set banned_until = ?1 where id = ?2")
                .setParameter(1, java.sql.Date.valueOf(until))
                .setParameter(2, relationshipId)
                .executeUpdate();
    }

    /** The access requests stored for a vendor and customer company (0 or 1), whatever their status. */
    public long accessRequests(long vendorId, long customerCompanyId) {
        return entityManager.createQuery("select count(a) from AccessRequest a where a.vendor.id = :v and a.customer.id = :c", Long.class)
                .setParameter("v", vendorId)
                .setParameter("c", customerCompanyId)
                .getSingleResult();
    }

    /** The subjects of the e-mails queued for the address, oldest first. */
    public List<String> subjectsTo(String email) {
        return outbox.findByRecipient(email).stream().map(OutboxMessage::subject).toList();
    }

    public com.clientbook.domain.customer.RelationshipOrigin originOf(long relationshipId) {
        return entityManager.find(com.clientbook.domain.customer.CustomerRelationship.class, relationshipId).origin();
    }

    // --- invitations ----------------------------------------------------------------------------------------

    /** Moves an invitation's expiry into the past, as if its time had run out; no job runs for that. */
    public void expireInvitation(long invitationId) {
        entityManager.createNativeQuery("update invitation set expires_at = now() - interval '1 minute' where id = ?1")
                .setParameter(1, invitationId)
                .executeUpdate();
    }

    /** A new customer company with one person (this e-mail address) who has an account and acts in the test. */
    public Actor newCustomerAdminWithEmail(String email) {
        Instant now = Instant.now();
        Company company = companies.add(Company.customer("Customer of " + email, null, null, null, now));
        User person = users.add(new User(company, Role.CUSTOMER_ADMIN, email, "Cora", "Customer", now));
        person.setPassword("not a usable hash");
        users.flush();
        return Actor.person(person.id(), company.id(), Role.CUSTOMER_ADMIN, person.displayName() + " <" + email + ">");
    }

    public long relationshipsBetween(long vendorId, long customerCompanyId) {
        return entityManager.createQuery("select count(r) from CustomerRelationship r where r.vendor.id = :vendor"
                        + " and r.customer.id = :customer", Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("customer", customerCompanyId)
                .getSingleResult();
    }

    public String originNameOf(long relationshipId) {
        return originOf(relationshipId).name();
    }

    public long invitationsTo(String email) {
        return entityManager.createQuery("select count(i) from Invitation i where lower(i.email) = lower(:email)", Long.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    // ---- company profile (issue 5)

    /** The profile changes in a company's history as "field: old -> new by actor", oldest first. */
    public List<String> profileChangesOf(long companyId) {
        return entityManager.createQuery("select e from AuditEvent e where e.companyId = :id and e.action = 'PROFILE_CHANGED'"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("id", companyId)
                .getResultList()
                .stream().map(e -> e.field() + ": " + e.oldValue() + " -> " + e.newValue() + " by " + e.actor()).toList();
    }

    /** A company's VAT id as stored, read from the row itself. */
    public String storedVatId(long companyId) {
        List<?> rows = entityManager.createNativeQuery("select vat_id from company where id = ?")
                .setParameter(1, companyId)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    // ---- teams of vendors and the platform's administrators (issue 10)

    /** A new vendor company (in the given language, or none) and its admin, who has an active account and acts in the test. */
    public Actor newActiveVendorAdmin(String companyName, String language) {
        Instant now = Instant.now();
        String unique = UUID.randomUUID().toString();
        Company vendor = companies.add(Company.vendor(companyName + " " + unique, "office-" + unique + "@vendor.example", now));
        if (language != null) {
            vendor.describe(vendor.name(), null, null, null, language, vendor.address(), now);
        }
        User admin = users.add(new User(vendor, Role.VENDOR_ADMIN, "admin-" + unique + "@vendor.example", "Vera", "Vendor", now));
        admin.setPassword("not-a-real-hash");
        users.flush();
        return Actor.person(admin.id(), vendor.id(), Role.VENDOR_ADMIN, admin.displayName() + " <" + admin.email() + ">");
    }

    /** A vendor's staff member with an active account, acting in the test. */
    public Actor newVendorStaff(long vendorId) {
        String unique = UUID.randomUUID().toString();
        User staff = users.add(new User(companies.get(vendorId), Role.VENDOR_STAFF, "staff-" + unique + "@vendor.example", "Sam",
                "Staff", Instant.now()));
        staff.setPassword("not-a-real-hash");
        users.flush();
        return Actor.person(staff.id(), vendorId, Role.VENDOR_STAFF, staff.displayName() + " <" + staff.email() + ">");
    }

    /**
     * A platform operator company of its own (a vendor-kind company, as PlatformAdminBootstrap makes it) and its
     * platform admin with an active account, so each test has its own last admin.
     */
    public Actor newPlatformAdmin() {
        Instant now = Instant.now();
        String unique = UUID.randomUUID().toString();
        Company operator = companies.add(Company.vendor("Operator " + unique, null, now));
        User admin = users.add(new User(operator, Role.PLATFORM_ADMIN, "platform-" + unique + "@operator.example", "Pia",
                "Platform", now));
        admin.setPassword("not-a-real-hash");
        users.flush();
        return Actor.person(admin.id(), operator.id(), Role.PLATFORM_ADMIN, admin.displayName() + " <" + admin.email() + ">");
    }

    /** Takes every e-mail address out of reach: the company's is removed, its people are disabled (bulk invite). */
    public void withoutAnyAddress(long companyId) {
        entityManager.createNativeQuery("update company set email = null where id = ?1").setParameter(1, companyId)
                .executeUpdate();
        entityManager.createNativeQuery("update app_user set status = 'DISABLED' where company_id = ?1")
                .setParameter(1, companyId).executeUpdate();
    }

    /**
     * Puts the unsent outbox messages to an address in the state the sender leaves them in: after this many failed
     * attempts, next tried in an hour (so the sender leaves them alone during the test), or sent.
     */
    public void outboxToAddress(String email, int attempts, boolean sent) {
        entityManager.createNativeQuery("update outbox_message set attempts = ?1, next_attempt_at = now() + interval '1 hour',"
                        + " sent_at = case when ?2 then now() end where lower(recipient) = lower(?3)")
                .setParameter(1, attempts).setParameter(2, sent).setParameter(3, email).executeUpdate();
    }

    /** A product of the vendor, as its admin would add it on the products page. */
    public long addProduct(long vendorId, String articleNumber, String name, boolean active, String restrictedToLabel) {
        var product = new com.clientbook.domain.product.Product(companies.get(vendorId),
                new com.clientbook.domain.product.ProductDescription(articleNumber, name,
                        com.clientbook.domain.product.ProductUnit.values()[0], java.math.BigDecimal.ONE, null, null,
                        restrictedToLabel), Instant.now());
        if (!active) {
            product.deactivate(Instant.now());
        }
        entityManager.persist(product);
        entityManager.flush();
        return product.id();
    }

    /** Suspends the vendor, as the platform admin would. */
    public void suspendVendor(long vendorId) {
        companies.get(vendorId).suspend("Test", "platform admin", Instant.now());
    }

    /** The vendor's numbered orders (not the funnel's bare anchors). */
    public long ordersOf(long vendorId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from customer_order where vendor_id = ?1"
                + " and order_number is not null").setParameter(1, vendorId).getSingleResult()).longValue();
    }

    public record Person(long companyId, Role role, UserStatus status, boolean hasPassword) {
    }

    // ---- routes (issue 14)

    /** A route's stops as stored: the positions in order, each with its location, to see that they form 0..n-1. */
    public List<String> storedStops(long routeId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select position || ':' || delivery_location_id from route_stop where route_id = ?1 order by position")
                .setParameter(1, routeId)
                .getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /** A closure day of the vendor with its rule (SKIP, MOVE_EARLIER, MOVE_LATER), as the closures' page will keep them. */
    public void closeVendorOn(long vendorId, java.time.LocalDate day, String rule, String reason) {
        entityManager.createNativeQuery("insert into vendor_closure (id, vendor_id, day, rule, reason, created_at)"
                        + " values (nextval('vendor_closure_seq'), ?1, ?2, ?3, ?4, now())")
                .setParameter(1, vendorId)
                .setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, rule)
                .setParameter(4, reason)
                .executeUpdate();
    }

    // ---- delivery schedules (issue 14)

    /** Gives a company its own time zone, as its people will on their profile page. */
    public void setTimeZone(long companyId, String zone) {
        entityManager.createNativeQuery("update company set time_zone = ?1 where id = ?2")
                .setParameter(1, zone).setParameter(2, companyId).executeUpdate();
    }

    // ---- order e-mails (vendor orders pages)

    /** The attachments of the e-mails queued for the address, as "file name: content", oldest first. */
    public List<String> attachmentsTo(String email) {
        return outbox.findByRecipient(email).stream().filter(OutboxMessage::hasAttachment)
                .map(m -> m.attachmentName() + ": " + new String(m.attachmentContent(), java.nio.charset.StandardCharsets.UTF_8))
                .toList();
    }

    /** The person behind the actor reads German. */
    public void speaksGerman(Actor actor) {
        users.get(actor.userId()).describe("Grete", "Gast", "de", null, null);
    }

    /** Revokes a key in the database only, as another server of a cluster would: this server's services are not told. */
    public void revokeApiKeyElsewhere(long id) {
        entityManager.createNativeQuery("update api_key set revoked_at = now(), version = version + 1 where id = ?")
                .setParameter(1, id)
                .executeUpdate();
    }
}
