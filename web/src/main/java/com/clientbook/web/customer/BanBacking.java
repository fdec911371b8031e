package com.clientbook.web.customer;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.services.customer.BanService;
import com.clientbook.services.customer.NewBan;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The ban dialog (reason, last day, share the reason) and the lift confirmation of {@code /vendor/customer.xhtml}. Works
 * on the customer the page shows ({@link CustomerBacking}) and reloads it afterwards, so status, ban and history agree.
 */
@Named
@ViewScoped
public class BanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "banForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "reason", "until");

    @Inject
    BanService bans;

    @Inject
    CustomerBacking customer;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private String reason;
    private LocalDate until;
    private boolean shareReason;

    /** Opens the dialog empty. */
    public void start() {
        reason = null;
        until = null;
        shareReason = false;
    }

    public void ban() {
        NewBan input = new NewBan(reason, until, shareReason);
        var problems = validation.problems(input, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        if (until != null && until.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            messages.errorText(FIELDS.clientId("until"), messages.text("ban.untilPast"));
            return;
        }
        try {
            bans.ban(currentUser.actor(), customer.getDetails().customer().id(), input);
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
            return;
        } catch (NotFoundException | NotPermittedException e) {
            // gone meanwhile, or the person is no admin (any more): vendor staff do not ban
            messages.error(null, e);
            return;
        }
        done("ban.banned");
    }

    public void lift() {
        try {
            bans.lift(currentUser.actor(), customer.getDetails().customer().id());
        } catch (NotFoundException | NotPermittedException e) {
            messages.error(null, e);
            return;
        }
        done("ban.lifted");
    }

    private void done(String notice) {
        customer.reload();
        messages.notice(notice, customer.getDetails().customer().companyName());
        PrimeFaces.current().ajax().update("numberForm", "banSection", "history", "growl");
    }

    /** The earliest last day the date picker offers: today (UTC). */
    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public boolean isShareReason() {
        return shareReason;
    }

    public void setShareReason(boolean shareReason) {
        this.shareReason = shareReason;
    }
}
