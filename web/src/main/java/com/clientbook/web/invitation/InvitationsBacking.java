package com.clientbook.web.invitation;

import com.clientbook.domain.invitation.InvitationFilter;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.InvitationView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.Instant;

/** {@code /vendor/invitations.xhtml}: the vendor's invitations, with resend and revoke. */
@Named
@ViewScoped
public class InvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitationService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private InvitationListModel invitations;

    @PostConstruct
    void init() {
        invitations = new InvitationListModel(invitationService, currentUser);
    }

    public void resend(long id) {
        try {
            InvitationView resent = invitationService.resend(currentUser.actor(), id);
            messages.notice("invitation.resent", resent.email());
        } catch (BusinessException e) {
            messages.error(null, e);
        }
    }

    public void revoke(long id) {
        try {
            InvitationView revoked = invitationService.revoke(currentUser.actor(), id);
            messages.notice("invitation.revoked", revoked.email());
        } catch (BusinessException e) {
            messages.error(null, e);
        }
    }

    public String dateOf(Instant instant) {
        return dateTimes.dateTime(instant);
    }

    /**
     * {@code ?expiring=soon}: only pending invitations that expire within three days (the dashboard's "needs
     * attention" link); anything else leaves the filter as it is.
     */
    public void setExpiringParam(String value) {
        if ("soon".equals(value == null ? null : value.strip())) {
            invitations.setFilter(new InvitationFilter(true, invitations.getFilter().mailNotDelivered()));
        }
    }

    public String getExpiringParam() {
        return invitations.getFilter().expiringSoon() ? "soon" : null;
    }

    /** {@code ?mail=undelivered}: only invitations of the last 30 days whose e-mail was given up. */
    public void setMailParam(String value) {
        if ("undelivered".equals(value == null ? null : value.strip())) {
            invitations.setFilter(new InvitationFilter(invitations.getFilter().expiringSoon(), true));
        }
    }

    public String getMailParam() {
        return invitations.getFilter().mailNotDelivered() ? "undelivered" : null;
    }

    public boolean isExpiringSoon() {
        return invitations.getFilter().expiringSoon();
    }

    public boolean isMailNotDelivered() {
        return invitations.getFilter().mailNotDelivered();
    }

    public void clearExpiring() {
        invitations.setFilter(new InvitationFilter(false, invitations.getFilter().mailNotDelivered()));
        firstPage();
    }

    public void clearMail() {
        invitations.setFilter(new InvitationFilter(invitations.getFilter().expiringSoon(), false));
        firstPage();
    }

    private void firstPage() {
        var table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("invitationsForm:invitations");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public InvitationListModel getInvitations() {
        return invitations;
    }
}
