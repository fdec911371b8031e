package com.clientbook.web.invitation;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.InvitationView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public InvitationListModel getInvitations() {
        return invitations;
    }
}
