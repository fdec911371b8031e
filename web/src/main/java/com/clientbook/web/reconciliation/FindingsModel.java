package com.clientbook.web.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.reconciliation.ReconciliationService;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The findings of one reconciliation, a page at a time from the database, of the kind the person chose (or all). */
public class FindingsModel extends LazyDataModel<Finding> {

    private static final long serialVersionUID = 1L;

    private final ReconciliationService reconciliations;
    private final CurrentUser currentUser;
    private final long reconciliationId;
    private final Supplier<FindingKind> kind;

    FindingsModel(ReconciliationService reconciliations, CurrentUser currentUser, long reconciliationId, Supplier<FindingKind> kind) {
        this.reconciliations = reconciliations;
        this.currentUser = currentUser;
        this.reconciliationId = reconciliationId;
        this.kind = kind;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) reconciliations.findings(currentUser.actor(), reconciliationId, kind.get(), false, 0, 1).totalItems();
    }

    @Override
    public List<Finding> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, ReconciliationService.MAX_PAGE);
        Page<Finding> page = reconciliations.findings(currentUser.actor(), reconciliationId, kind.get(), false, first / size, size);
        setRowCount((int) page.totalItems());
        return page.items();
    }

    @Override
    public String getRowKey(Finding finding) {
        return String.valueOf(finding.id());
    }

    @Override
    public Finding getRowData(String rowKey) {
        return getWrappedData().stream().filter(f -> Objects.equals(getRowKey(f), rowKey)).findFirst().orElse(null);
    }
}
