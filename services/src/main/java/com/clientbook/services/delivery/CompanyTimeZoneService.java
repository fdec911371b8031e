package com.clientbook.services.delivery;

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
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A customer company's time zone: the clock its vendors show it the order deadlines on (each vendor reads its own
 * deadlines on its own zone, kept in the vendor's settings). Its people read it; its admins choose it, in the
 * company's history. None chosen: each vendor's zone stands in.
 */
@Stateless
public class CompanyTimeZoneService {

    private static final String READ = "read the company's time zone";
    private static final String CHANGE = "change the company's time zone";

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** "Europe/London", or null where the company chose none. */
    public String zone(Actor actor) {
        return companies.get(actor.customerCompanyId(READ)).ownZone().map(ZoneId::getId).orElse(null);
    }

    /** Chooses the zone by its IANA name; blank chooses none; an unknown name is refused at the field. */
    public void setZone(Actor actor, String zone) {
        long companyId = actor.customerAdminOf(CHANGE);
        String wanted = Text.trimToNull(zone);
        if (wanted != null && !User.isTimeZone(wanted)) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("timeZone",
                    "vendorSettings.timeZoneUnknown", "is no time zone such as Europe/Vienna")));
        }
        Company company = companies.get(companyId);
        String before = company.ownZone().map(ZoneId::getId).orElse(null);
        if (Objects.equals(before, wanted)) {
            return;
        }
        company.moveToZone(wanted == null ? null : ZoneId.of(wanted));
        audit.record(AuditEvent.onCompany(companyId, actor.label(), "COMPANY_TIME_ZONE_CHANGED", "timeZone", before, wanted,
                clock.instant()));
    }
}
