package com.clientbook.web.customer;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.bulk.BulkResult;
import com.clientbook.services.bulk.CustomerBulkService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer list's bulk actions ({@code /vendor/customers.xhtml}, "Selected customers"): the rows ticked on the
 * page, or all customers that match the list's filter, get a label added or removed, are invited or unlinked, after
 * a confirmation that names how many; then one message says how many were done and one more names each refused
 * customer with the reason.
 */
@Named
@ViewScoped
public class CustomerBulkBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LABEL_INPUT = "bulkForm:label:input";

    /** The actions, each a bundle key suffix ({@code bulk.action.ADD_LABEL} …). */
    public enum Action {
        ADD_LABEL, REMOVE_LABEL, INVITE, UNLINK;

        public boolean isWithLabel() {
            return this == ADD_LABEL || this == REMOVE_LABEL;
        }
    }

    @Inject
    CustomerBulkService bulk;

    @Inject
    CustomersBacking list;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<CustomerRow> selection = new ArrayList<>();
    private Action action;
    private boolean allMatching;
    private String label;

    /** A bulk button was pressed: the dialog opens for that action, over the rows ticked now. */
    public void start(Action chosen) {
        action = chosen;
        // nothing ticked: the action is offered for all that match the filter, which the dialog says with the count
        allMatching = selectedIds().isEmpty() && isAllMatchingOffered();
        label = null;
        if (selectedIds().isEmpty() && !isAllMatchingOffered()) {
            messages.error(null, "bulk.noneSelected");
        }
    }

    /** "Confirm": the action on each chosen customer; the dialog closes unless the label was refused. */
    public void run() {
        List<Long> ids = allMatching ? bulk.matchingIds(currentUser.actor(), list.getCustomers().lastQuery()) : selectedIds();
        if (ids.isEmpty()) {
            messages.error(null, "bulk.noneSelected");
            return;
        }
        BulkResult result;
        try {
            result = switch (action) {
                case ADD_LABEL -> bulk.addLabel(currentUser.actor(), ids, label);
                case REMOVE_LABEL -> bulk.removeLabel(currentUser.actor(), ids, label);
                case INVITE -> bulk.invite(currentUser.actor(), ids, false);
                case UNLINK -> bulk.unlink(currentUser.actor(), ids);
            };
        } catch (InvalidInputException e) {
            messages.fieldErrorsAt(LABEL_INPUT, e);
            return;
        } catch (BusinessException e) {
            messages.error(null, e);
            return;
        }
        messages.notice("bulk.done." + action.name(), result.done(), ids.size());
        for (BulkResult.Refusal refusal : result.refused()) {
            String who = refusal.companyName() != null ? refusal.companyName() : messages.text("bulk.unknownCustomer", refusal.customerId());
            String why = messages.text(refusal.reasonKey(), refusal.reasonArguments().toArray());
            messages.refusalText(messages.text("bulk.refusedRow", who, why));
        }
        selection = new ArrayList<>();
        list.showFirstPage();
        PrimeFaces.current().ajax().update(CustomersBacking.TABLE, "customersForm:listMessages", "customersForm:bulkBar", "growl");
    }

    private List<Long> selectedIds() {
        return selection.stream().filter(row -> row.getRequestId() == null).map(CustomerRow::getId).toList();
    }

    /** How many customers the action will touch: the ticked rows, or all that match the filter (at most the cap). */
    public long getCount() {
        return allMatching ? Math.min(getMatchingCount(), CustomerBulkService.MAX_CUSTOMERS) : selectedIds().size();
    }

    /** How many customers match the list's filter now. */
    public long getMatchingCount() {
        return list.getCustomers().lastQuery() == null ? 0 : list.getCustomers().getRowCount();
    }

    /** "All that match" is offered for customers, not for access requests (Requested, Rejected). */
    public boolean isAllMatchingOffered() {
        return list.getCustomers().lastQuery() != null && getMatchingCount() > 0;
    }

    public boolean isCapped() {
        return getMatchingCount() > CustomerBulkService.MAX_CUSTOMERS;
    }

    /** "All 1,234 customers that match the list's filter", in the page's language. */
    public String getAllMatchingLabel() {
        return messages.text("bulk.allMatching", getMatchingCount());
    }

    public String getCappedText() {
        return messages.text("bulk.capped", CustomerBulkService.MAX_CUSTOMERS);
    }

    public List<CustomerRow> getSelection() {
        return selection;
    }

    public void setSelection(List<CustomerRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public Action getAction() {
        return action;
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public void setAllMatching(boolean allMatching) {
        this.allMatching = allMatching;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
