package com.clientbook.services.customer;

import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.domain.audit.VendorHistoryQuery;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The vendor-wide history ({@code vendor/history.xhtml}): every change that matters to any of the vendor's customers
 * (docs/product-rules.md rule 7), newest first, filtered by who acted, the kind of change and a period. A vendor's
 * admins and staff read it; nobody reads another vendor's.
 */
@Stateless
public class VendorHistoryService {

    private static final String READ = "read the history";

    @Inject
    AuditRepository audit;

    public Page<VendorHistoryEntry> history(Actor actor, VendorHistoryQuery query) {
        return audit.vendorHistory(actor.vendorId(READ), query).map(row -> new VendorHistoryEntry(row.id(),
                row.relationshipId(), row.companyName(), new HistoryEntry(row.occurredAt(), row.actor(), row.action(),
                row.field(), row.oldValue(), row.newValue())));
    }

    /** The kinds of change the vendor's history holds, for the filter. */
    public List<HistoryKind> kinds(Actor actor) {
        return audit.vendorHistoryKinds(actor.vendorId(READ)).stream().map(k -> new HistoryKind(k[0], k[1])).toList();
    }
}
