package com.clientbook.web.api.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.reconciliation.ReconciliationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A reconciliation, its figures and one page of its findings. */
@Schema(name = "Reconciliation")
public record ReconciliationJson(long id, String fileName, String startedBy, Instant createdAt,
                                 @Schema(description = "The reconciliation this one ran again") Long rerunOf,
                                 int totalRows,
                                 @Schema(description = "Rows without a customer number, left out") int skippedRows,
                                 Counts counts,
                                 @Schema(description = "One page of the findings, of the kind asked for") FindingPageJson findings) {

    @Schema(name = "ReconciliationCounts", description = "Findings per kind")
    public record Counts(int matched, @Schema(description = "Matched, but name, e-mail or address differ") int matchedDiffering,
                         int erpOnly, int withoutNumber, int unknownNumbers, int numberClashes, int companyClashes,
                         int proposals, int acceptedProposals) {
    }

    @Schema(name = "FindingPage")
    public record FindingPageJson(List<FindingJson> items, int page, int size, long totalItems) {
    }

    static ReconciliationJson of(ReconciliationView view, Page<Finding> findings) {
        return new ReconciliationJson(view.id(), view.fileName(), view.startedBy(), view.createdAt(), view.rerunOf(),
                view.totalRows(), view.skippedRows(),
                new Counts(view.count(FindingKind.MATCHED), view.differing(), view.count(FindingKind.ERP_ONLY),
                        view.count(FindingKind.NO_NUMBER), view.count(FindingKind.UNKNOWN_NUMBER),
                        view.count(FindingKind.NUMBER_CLASH), view.count(FindingKind.COMPANY_CLASH),
                        view.count(FindingKind.PROPOSAL), view.accepted()),
                new FindingPageJson(findings.items().stream().map(FindingJson::of).toList(), findings.page(), findings.size(),
                        findings.totalItems()));
    }
}
