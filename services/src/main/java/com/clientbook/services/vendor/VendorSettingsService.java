package com.clientbook.services.vendor;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A vendor's settings: whether customers find it in the vendor directory and may ask it for access, and whether its
 * admins are e-mailed about each new access request. Everyone of the
 * vendor reads them; only its admins change them, and each change is in the vendor's history.
 */
@Stateless
public class VendorSettingsService {

    private static final String READ = "read vendor settings";
    private static final String CHANGE = "change vendor settings";

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    public boolean isListed(Actor actor) {
        return companies.get(actor.vendorId(READ)).isListed();
    }

    /** Lists the vendor in the directory, or takes it out; vendor admins only. Requests already made stay. */
    public void setListed(Actor actor, boolean listed) {
        long vendorId = actor.vendorAdminOf(CHANGE);
        Company vendor = companies.get(vendorId);
        if (vendor.isListed() == listed) {
            return;
        }
        Instant now = clock.instant();
        vendor.listInDirectory(listed, now);
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), listed ? "VENDOR_LISTED" : "VENDOR_UNLISTED", now));
    }

    public boolean mailsOnAccessRequests(Actor actor) {
        return companies.get(actor.vendorId(READ)).mailsOnAccessRequests();
    }

    /** Whether the vendor's admins are e-mailed about each new access request; vendor admins only. */
    public void setMailOnAccessRequests(Actor actor, boolean mail) {
        long vendorId = actor.vendorAdminOf(CHANGE);
        Company vendor = companies.get(vendorId);
        if (vendor.mailsOnAccessRequests() == mail) {
            return;
        }
        Instant now = clock.instant();
        vendor.mailOnAccessRequests(mail, now);
        audit.record(AuditEvent.onCompany(vendorId, actor.label(),
                mail ? "ACCESS_REQUEST_MAIL_ON" : "ACCESS_REQUEST_MAIL_OFF", now));
    }

    /** The vendor's own time zone ("Europe/Vienna"), which decides its order deadlines; null: none chosen (UTC). */
    public String timeZone(Actor actor) {
        return companies.get(actor.vendorId(READ)).ownZone().map(ZoneId::getId).orElse(null);
    }

    /**
     * Chooses the time zone the vendor's order deadlines and delivery days are read in (docs/architecture.md, "The
     * delivery calendar"); vendor admins only. Blank chooses none (UTC); an unknown zone is refused at the field.
     */
    public void setTimeZone(Actor actor, String timeZone) {
        long vendorId = actor.vendorAdminOf(CHANGE);
        String wanted = Text.trimToNull(timeZone);
        if (wanted != null && !User.isTimeZone(wanted)) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("timeZone",
                    "vendorSettings.timeZoneUnknown", "is no time zone such as Europe/Vienna")));
        }
        Company vendor = companies.get(vendorId);
        String before = vendor.ownZone().map(ZoneId::getId).orElse(null);
        if (java.util.Objects.equals(before, wanted)) {
            return;
        }
        vendor.moveToZone(wanted == null ? null : ZoneId.of(wanted));
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), "VENDOR_TIME_ZONE_CHANGED", "timeZone", before, wanted,
                clock.instant()));
    }

    public boolean ordersOnBehalf(Actor actor) {
        return companies.get(actor.vendorId(READ)).allowsOrdersOnBehalf();
    }

    /** Whether the vendor's people may order on a customer's behalf (docs/product-rules.md, "Orders"); admins only. */
    public void setOrdersOnBehalf(Actor actor, boolean allowed) {
        long vendorId = actor.vendorAdminOf(CHANGE);
        Company vendor = companies.get(vendorId);
        if (vendor.allowsOrdersOnBehalf() == allowed) {
            return;
        }
        vendor.allowOrdersOnBehalf(allowed);
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), allowed ? "ORDERS_ON_BEHALF_ALLOWED"
                : "ORDERS_ON_BEHALF_STOPPED", clock.instant()));
    }
}
