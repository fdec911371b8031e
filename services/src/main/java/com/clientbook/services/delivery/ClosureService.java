package com.clientbook.services.delivery;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.route.RouteRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor's closure days: public holidays, inventory days, each skipping the deliveries planned for it or moving
 * them to the nearest open day before or after. Everyone of the vendor reads them; vendor admins and the vendor's API
 * keys (which only admins issue, for the ERP that knows the holidays) add and remove them, each in the vendor's
 * history; vendor staff do not. Another vendor's closure is "not found". One closure per day.
 */
@Stateless
public class ClosureService {

    private static final String READ = "read closures";
    private static final String KEEP = "keep closures";
    static final String DAY_INDEX = "vendor_closure_day_uq";

    @Inject
    RouteRepository closures;

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** The vendor's closures from {@code from} on (null: from a month ago), by day. */
    public List<ClosureView> list(Actor actor, LocalDate from) {
        long vendorId = actor.vendorId(READ);
        Company vendor = companies.get(vendorId);
        LocalDate since = from != null ? from : LocalDate.ofInstant(clock.instant(), vendor.zone()).minusMonths(1);
        return closures.closuresFrom(vendorId, since).stream().map(ClosureView::of).toList();
    }

    public ClosureView get(Actor actor, long closureId) {
        return ClosureView.of(closures.getClosure(actor.vendorId(READ), closureId));
    }

    public ClosureView add(Actor actor, ClosureInput input) {
        long vendorId = keeper(actor);
        validation.check(input);
        Instant now = clock.instant();
        VendorClosure closure = closures.addClosure(new VendorClosure(companies.get(vendorId), input.day(), input.rule(),
                input.reason(), now));
        try {
            closures.flush();
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals(DAY_INDEX)) {
                throw new ConflictException("closure.dayTaken", "day", "There is a closure on " + input.day() + " already.",
                        input.day());
            }
            throw e;
        }
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), "CLOSURE_ADDED", "closure", null, summary(closure), now));
        return ClosureView.of(closure);
    }

    public void remove(Actor actor, long closureId) {
        long vendorId = keeper(actor);
        VendorClosure closure = closures.getClosure(vendorId, closureId);
        String summary = summary(closure);
        closures.removeClosure(closure);
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), "CLOSURE_REMOVED", "closure", summary, null, clock.instant()));
    }

    /** Vendor admins and API keys keep closures; vendor staff and everyone else may not. */
    private static long keeper(Actor actor) {
        long vendorId = actor.vendorId(KEEP);
        if (actor.role() != Role.VENDOR_ADMIN && actor.userId() != null) {
            throw new NotPermittedException(KEEP);
        }
        return vendorId;
    }

    private static String summary(VendorClosure closure) {
        return closure.day() + " " + closure.rule() + ": " + closure.reason();
    }
}
