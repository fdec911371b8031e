package com.clientbook.web.invitation;

import com.clientbook.domain.invitation.InvitationFilter;
import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.InvitationView;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The vendor's invitations one page at a time, most recently sent first, optionally of one status. */
public class InvitationListModel extends LazyDataModel<InvitationRow> {

    private static final long serialVersionUID = 1L;

    private final InvitationService invitations;
    private final CurrentUser currentUser;
    /** The dashboard links' filters (expiring soon, e-mail not delivered), shown above the table. */
    private InvitationFilter filter = InvitationFilter.NONE;

    public InvitationListModel(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) invitations.list(currentUser.actor(), status(filterBy), filter, 0, 1).totalItems();
    }

    @Override
    public List<InvitationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, InvitationService.MAX_PAGE_SIZE);
        Page<InvitationView> page = invitations.list(currentUser.actor(), status(filterBy), filter, first / size, size);
        setRowCount((int) page.totalItems());
        List<InvitationRow> rows = page.items().stream().map(InvitationRow::new).toList();
        // whether each e-mail went out or waits for a retry, for the whole page in one query
        var statuses = invitations.mailStatuses(currentUser.actor(), rows.stream().map(InvitationRow::getId).toList());
        rows.forEach(row -> row.mailStatus(statuses.get(row.getId())));
        return rows;
    }

    public InvitationFilter getFilter() {
        return filter;
    }

    public void setFilter(InvitationFilter filter) {
        this.filter = filter == null ? InvitationFilter.NONE : filter;
    }

    @Override
    public String getRowKey(InvitationRow invitation) {
        return String.valueOf(invitation.getId());
    }

    @Override
    public InvitationRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(i -> Objects.equals(getRowKey(i), rowKey)).findFirst().orElse(null);
    }

    static InvitationStatus status(Map<String, FilterMeta> filterBy) {
        FilterMeta meta = filterBy.get("status");
        if (meta == null || meta.getFilterValue() == null) {
            return null;
        }
        String value = meta.getFilterValue().toString();
        return Arrays.stream(InvitationStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }
}
