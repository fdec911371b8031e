package com.clientbook.web.accessrequest;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/**
 * The approve and reject dialogs of {@code /vendor/customers.xhtml}, for a row with status Requested. After a decision
 * the table, the menu's badge and the growl are brought up to date.
 */
@Named
@ViewScoped
public class AccessRequestDecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NUMBER_INPUT = "approveForm:customerNumber:input";
    static final String REASON_INPUT = "rejectForm:reason:input";

    @Inject
    AccessRequestService requests;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long requestId;
    private String companyName;
    private String customerNumber;
    private String reason;

    /** Opens a dialog for this row's request, empty. */
    public void select(long requestId, String companyName) {
        this.requestId = requestId;
        this.companyName = companyName;
        this.customerNumber = null;
        this.reason = null;
    }

    public void approve() {
        CustomerView customer;
        try {
            customer = requests.approve(currentUser.actor(), requestId, customerNumber);
        } catch (CustomerNumberTakenException e) {
            messages.error(NUMBER_INPUT, e);
            return;
        } catch (BusinessException e) {
            messages.refusedAt(NUMBER_INPUT, e);
            return;
        }
        messages.notice("access.approved", customer.companyName());
        decided();
    }

    public void reject() {
        try {
            requests.reject(currentUser.actor(), requestId, reason);
        } catch (BusinessException e) {
            messages.refusedAt(REASON_INPUT, e);
            return;
        }
        messages.notice("access.rejected", companyName);
        decided();
    }

    private void decided() {
        PrimeFaces.current().ajax().update("customersForm:customers", "growl", "menuForm");
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
