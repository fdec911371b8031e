package com.clientbook.services.platform;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.platform.PlatformVendorRepository;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.apikey.ApiKeyCache;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.Secrets;
import com.clientbook.services.user.PasswordLinks;
import com.clientbook.services.vendor.VendorNameTakenException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The platform admin's vendors: creating one with its first admin, listing, reading, changing, suspending and
 * reactivating them. Only platform admins (and platform API keys) act here; they see a vendor's data, people and
 * history and how many customers it has, never the customers themselves. Every action is in the vendor's history.
 */
@Stateless
public class PlatformVendorService {

    public static final int MAX_PAGE_SIZE = 200;
    static final String CREATED = "VENDOR_CREATED";
    static final String ADMIN_ADDED = "VENDOR_ADMIN_ADDED";
    static final String CHANGED = "VENDOR_CHANGED";
    static final String SUSPENDED = "VENDOR_SUSPENDED";
    static final String REACTIVATED = "VENDOR_REACTIVATED";
    private static final String ADMINISTER = "administer vendors";
    private static final String VENDOR = "Vendor";

    @Inject
    PlatformVendorRepository vendors;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    PasswordLinks links;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    ApiKeyCache apiKeyCache;

    /** Creates the vendor and its first admin and queues the admin's set-password e-mail, all in one transaction. */
    public VendorDetails create(Actor actor, NewVendor input) {
        return create(actor, input, true);
    }

    /**
     * Creates the vendor company and its first admin (without a password) in one transaction. With
     * {@code queueSetPasswordEmail}, the admin's single-use set-password link is e-mailed through the outbox in the
     * same transaction; without (the demo data, whose people get known passwords), no mail is queued. A vendor name
     * in use (any case) and an e-mail address in use on the platform are refused at their fields, nothing written.
     */
    public VendorDetails create(Actor actor, NewVendor input, boolean queueSetPasswordEmail) {
        requirePlatformAdmin(actor);
        checkNewVendor(input);
        VendorData data = input.company();
        requireNameFree(data.name(), null);
        requireEmailFree("adminEmail", input.adminEmail());
        if (data.email() != null && !companies.findCustomersByEmail(data.email()).isEmpty()) {
            // a company is never both vendor and customer: a customer company's address is not a new vendor's
            throw new EmailOnPlatformException("email", data.email());
        }
        Instant now = clock.instant();
        Company vendor = companies.add(Company.vendor(data.name(), data.email(), now));
        vendor.describeVendor(data.name(), data.legalName(), data.vatId(), data.language(), data.address(), data.phone(),
                data.email(), data.website(), now);
        User admin = users.add(new User(vendor, Role.VENDOR_ADMIN, input.adminEmail(), input.adminFirstName(),
                input.adminLastName(), now));
        flushOrExplain(data.name(), input.adminEmail());
        audit.record(AuditEvent.onCompany(vendor.id(), actor.label(), CREATED, "name", vendor.name(), now));
        audit.record(AuditEvent.onCompany(vendor.id(), actor.label(), ADMIN_ADDED, "admin",
                admin.displayName() + " <" + admin.email() + ">", now));
        if (queueSetPasswordEmail) {
            queueSetPasswordEmail(admin, vendor, now);
        }
        return VendorDetails.of(vendor, 0);
    }

    /** One page of the vendors whose name contains {@code name} (any case; blank: all), by name. */
    public Page<VendorRow> list(Actor actor, String name, int page, int size) {
        requirePlatformAdmin(actor);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return vendors.list(name, Math.max(page, 0), pageSize).map(VendorRow::of);
    }

    public VendorDetails get(Actor actor, long vendorId) {
        requirePlatformAdmin(actor);
        return VendorDetails.of(vendors.getVendor(vendorId), vendors.customerCount(vendorId));
    }

    /** The vendor's people, read-only, with when each last signed in. */
    public List<VendorPerson> people(Actor actor, long vendorId) {
        requirePlatformAdmin(actor);
        return users.findByCompany(vendors.getVendor(vendorId)).stream().map(VendorPerson::of).toList();
    }

    /** The vendor's own history (the platform's actions and its admins' changes to the company), newest first. */
    public List<VendorHistoryEntry> history(Actor actor, long vendorId) {
        requirePlatformAdmin(actor);
        vendors.getVendor(vendorId);
        return vendors.historyOfCompany(vendorId).stream().map(VendorHistoryEntry::of).toList();
    }

    public PlatformCounts counts(Actor actor) {
        requirePlatformAdmin(actor);
        return PlatformCounts.of(vendors.totals());
    }

    /**
     * Replaces the vendor's data; each changed value goes into its history, old and new. {@code expectedVersion} is
     * the version the caller read ({@code null}: whatever is current); a change in between is refused.
     */
    public VendorDetails change(Actor actor, long vendorId, VendorData data, Long expectedVersion) {
        requirePlatformAdmin(actor);
        check(data, List.of());
        Company vendor = vendors.getVendor(vendorId);
        requireVersion(vendor, expectedVersion);
        requireNameFree(data.name(), vendor.id());
        Map<String, String> before = values(vendor);
        Instant now = clock.instant();
        vendor.describeVendor(data.name(), data.legalName(), data.vatId(), data.language(), data.address(), data.phone(),
                data.email(), data.website(), now);
        flushChange(vendor, data.name());
        Map<String, String> after = values(vendor);
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                audit.record(AuditEvent.onCompany(vendorId, actor.label(), CHANGED, field, old, after.get(field), now));
            }
        });
        return get(actor, vendorId);
    }

    /**
     * Suspends the vendor with a reason (required): its people cannot sign in, signed-in sessions end, its API keys
     * answer 401, its invitations cannot be accepted, its customers see it as unavailable. Nothing is deleted.
     * Suspending a suspended vendor changes nothing.
     */
    public VendorDetails suspend(Actor actor, long vendorId, Suspension suspension, Long expectedVersion) {
        requirePlatformAdmin(actor);
        check(suspension, List.of());
        Company vendor = vendors.getVendor(vendorId);
        requireVersion(vendor, expectedVersion);
        Instant now = clock.instant();
        if (vendor.suspend(suspension.suspensionReason(), actor.label(), now)) {
            flushChange(vendor, vendor.name());
            audit.record(AuditEvent.onCompany(vendorId, actor.label(), SUSPENDED, "suspensionReason", null,
                    suspension.suspensionReason(), now));
        }
        // its keys stop on this server at once, on the others within ApiKeyCache's second
        apiKeyCache.forgetVendor(vendorId);
        return get(actor, vendorId);
    }

    /** Ends the suspension: everything works again as before. Reactivating an active vendor changes nothing. */
    public VendorDetails reactivate(Actor actor, long vendorId, Long expectedVersion) {
        requirePlatformAdmin(actor);
        Company vendor = vendors.getVendor(vendorId);
        requireVersion(vendor, expectedVersion);
        String reason = vendor.suspensionReason();
        Instant now = clock.instant();
        if (vendor.reactivate(now)) {
            flushChange(vendor, vendor.name());
            audit.record(AuditEvent.onCompany(vendorId, actor.label(), REACTIVATED, "suspensionReason", reason, null, now));
        }
        return get(actor, vendorId);
    }

    /**
     * Changes data and status together, in one transaction (the API's merge patch): {@code data} {@code null} leaves
     * the data, {@code status} {@code null} leaves the status; SUSPENDED needs {@code suspension}. When either is
     * refused, neither changes. {@code expectedVersion} is checked once, against the version before both.
     */
    public VendorDetails update(Actor actor, long vendorId, VendorData data, VendorStatus status, Suspension suspension,
                                Long expectedVersion) {
        requirePlatformAdmin(actor);
        Long version = expectedVersion;
        if (data != null) {
            version = null;
            change(actor, vendorId, data, expectedVersion);
        }
        if (status == VendorStatus.SUSPENDED) {
            return suspend(actor, vendorId, suspension == null ? new Suspension(null) : suspension, version);
        }
        if (status == VendorStatus.ACTIVE) {
            return reactivate(actor, vendorId, version);
        }
        VendorDetails details = get(actor, vendorId);
        if (version != null && version != details.version()) {
            throw new ConcurrentChangeException(VENDOR, vendorId);
        }
        return details;
    }

    private void queueSetPasswordEmail(User admin, Company vendor, Instant now) {
        String token = Secrets.newToken();
        PasswordToken link = links.issue(admin, PasswordTokenPurpose.SET_PASSWORD, Secrets.hash(token), now);
        String url = configuration.baseUrl() + "/set-password.xhtml?token=" + token;
        outbox.queue(PlatformMails.firstAdmin(Recipient.of(admin), vendor.name(), url, link.expiresAt()));
    }

    private void checkNewVendor(NewVendor input) {
        if (input == null || input.company() == null) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("name", "field.error.blank", "must not be blank")));
        }
        check(input.company(), violations(input));
    }

    /** Refuses the input naming every field at fault: the company's data and, for a new vendor, its first admin. */
    private <T> void check(T input, List<InvalidInputException.FieldError> more) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>(more);
        errors.addAll(violations(input));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(InvalidInputException.FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    private <T> List<InvalidInputException.FieldError> violations(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        return violations.stream()
                .filter(v -> !v.getPropertyPath().toString().equals("company"))
                .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }

    private void requireNameFree(String name, Long self) {
        companies.findVendorByName(name)
                .filter(other -> self == null || !other.id().equals(self))
                .ifPresent(other -> {
                    throw new VendorNameTakenException(name);
                });
    }

    private void requireEmailFree(String field, String email) {
        if (users.findByEmail(email).isPresent() || !companies.findCustomersByEmail(email).isEmpty()) {
            throw new EmailOnPlatformException(field, email);
        }
    }

    /** Between the checks and the insert a concurrent creation may have taken the name or address: say which. */
    private void flushOrExplain(String name, String adminEmail) {
        try {
            companies.flush();
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElse("");
            if (constraint.equals("company_vendor_name_uq")) {
                throw new VendorNameTakenException(name);
            }
            if (constraint.equals("app_user_email_uq")) {
                throw new EmailOnPlatformException("adminEmail", adminEmail);
            }
            throw e;
        }
    }

    private void flushChange(Company vendor, String name) {
        try {
            companies.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(VENDOR, vendor.id());
        } catch (PersistenceException e) {
            if (UniqueConstraints.violatedBy(e).filter("company_vendor_name_uq"::equals).isPresent()) {
                throw new VendorNameTakenException(name);
            }
            throw e;
        }
    }

    private static void requireVersion(Company vendor, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != vendor.version()) {
            throw new ConcurrentChangeException(VENDOR, vendor.id());
        }
    }

    private static Map<String, String> values(Company vendor) {
        var address = vendor.address();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", vendor.name());
        values.put("legalName", vendor.legalName());
        values.put("vatId", vendor.vatId());
        values.put("street", address.street());
        values.put("postalCode", address.postalCode());
        values.put("city", address.city());
        values.put("country", address.country());
        values.put("phone", vendor.phone());
        values.put("email", vendor.email());
        values.put("website", vendor.website());
        values.put("language", vendor.language());
        return values;
    }

    static void requirePlatformAdmin(Actor actor) {
        actor.platformAdminOf(ADMINISTER);
    }
}
