package com.clientbook.services.vendor;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The vendor's profile for its customers. Like the customer's profile, there is no company id to pass: the service
 * only ever reads and changes the actor's own vendor. Vendor admins change it, staff read it; legal name and VAT id
 * are the platform's to keep. Every changed value goes into the vendor's history with what it was before.
 */
@Stateless
public class VendorProfileService {

    private static final String SEE = "see the vendor profile";
    private static final String CHANGE = "change the vendor profile";
    private static final String VENDOR = "Vendor";

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    public VendorProfileView profile(Actor actor) {
        return VendorProfileView.of(companies.get(actor.vendorId(SEE)));
    }

    /**
     * Replaces the profile. {@code expectedVersion} is the version the admin read; when someone saved in between,
     * nothing changes and {@link ConcurrentChangeException} says so. Another vendor's name is refused at the name.
     */
    public VendorProfileView change(Actor actor, VendorProfileInput input, Long expectedVersion) {
        long vendorId = actor.vendorAdminOf(CHANGE);
        validation.check(input);
        Company vendor = companies.get(vendorId);
        if (expectedVersion != null && expectedVersion != vendor.version()) {
            throw new ConcurrentChangeException(VENDOR, vendorId);
        }
        Map<String, String> before = values(VendorProfileView.of(vendor));
        Instant now = clock.instant();
        vendor.describeVendor(input.name(), vendor.legalName(), vendor.vatId(), input.language(), input.address(),
                input.phone(), input.email(), input.website(), now);
        vendor.presentToCustomers(input.about(), input.replyTo(), now);
        try {
            companies.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(VENDOR, vendorId);
        } catch (PersistenceException e) {
            if (UniqueConstraints.violatedBy(e).filter("company_vendor_name_uq"::equals).isPresent()) {
                throw new VendorNameTakenException(input.name());
            }
            throw e;
        }
        Map<String, String> after = values(VendorProfileView.of(vendor));
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                audit.record(AuditEvent.changeOnCompany(vendorId, actor.label(), field, old, after.get(field), now));
            }
        });
        return VendorProfileView.of(vendor);
    }

    private static Map<String, String> values(VendorProfileView profile) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", profile.name());
        values.put("street", profile.street());
        values.put("postalCode", profile.postalCode());
        values.put("city", profile.city());
        values.put("country", profile.country());
        values.put("phone", profile.phone());
        values.put("email", profile.email());
        values.put("website", profile.website());
        values.put("about", profile.about());
        values.put("replyTo", profile.replyTo());
        values.put("language", profile.language());
        return values;
    }
}
