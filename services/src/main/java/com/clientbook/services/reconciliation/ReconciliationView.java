package com.clientbook.services.reconciliation;

import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.reconciliation.Reconciliation;
import com.clientbook.persistence.reconciliation.ReconciliationRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A reconciliation with its report's figures.
 *
 * @param counts    findings per kind
 * @param differing matches whose name, e-mail or address differ
 * @param accepted  proposals accepted so far
 */
public record ReconciliationView(long id, String fileName, String startedBy, Instant createdAt, Long rerunOf, int totalRows,
                                 int skippedRows, List<String> headers, List<Integer> columns,
                                 Map<FindingKind, Integer> counts, int differing, int accepted) implements java.io.Serializable {

    static ReconciliationView of(Reconciliation r, ReconciliationRepository.Counts counts) {
        return new ReconciliationView(r.id(), r.fileName(), r.startedBy(), r.createdAt(), r.rerunOf(), r.totalRows(),
                r.skippedRows(), r.headers(), r.columns(), Map.copyOf(counts.byKind()), counts.differing(), counts.accepted());
    }

    public int count(FindingKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Proposals not accepted yet. */
    public int openProposals() {
        return count(FindingKind.PROPOSAL) - accepted;
    }
}
