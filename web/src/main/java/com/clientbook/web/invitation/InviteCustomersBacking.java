package com.clientbook.web.invitation;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.invitation.BulkInvitationReport;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.InvitationView;
import com.clientbook.services.invitation.NewInvitation;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /vendor/invite-customers.xhtml}: invite one person, every customer with a label, or a pasted list of
 * addresses. An address of a customer company that is not the vendor's customer yet is answered with the offer to
 * link that company instead; the bulk forms report, per address, what was not sent and why.
 */
@Named
@ViewScoped
public class InviteCustomersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ONE_FORM = "oneForm";
    private static final FormFields FIELDS = FormFields.of(ONE_FORM, "email", "firstName", "lastName", "businessName",
            "customerNumber", "labels");

    @Inject
    InvitationService invitations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private String email;
    private String firstName;
    private String lastName;
    private String businessName;
    private String customerNumber;
    private List<String> labels = new ArrayList<>();
    private boolean personal;
    /** The address typed belongs to this customer company on the platform: offer to link it. */
    private String linkableEmail;

    private String label;
    private boolean labelPersonal;
    private String addresses;
    private boolean listPersonal;
    private List<ReportLine> report;
    private int invitedCount;

    /** "Send invitation" for one person. */
    public void inviteOne() {
        linkableEmail = null;
        NewInvitation input = new NewInvitation(email, firstName, lastName, businessName, customerNumber, labels, personal);
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        InvitationView sent;
        try {
            sent = invitations.invite(currentUser.actor(), input);
        } catch (EmailAlreadyRegisteredException e) {
            linkableEmail = input.email();
            messages.error(FIELDS.clientId("email"), "invitation.linkInstead", input.email());
            return;
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
            return;
        }
        messages.notice("invitation.sent", sent.email());
        email = firstName = lastName = businessName = customerNumber = null;
        labels = new ArrayList<>();
        personal = false;
    }

    /** "Invite all customers with this label". */
    public void inviteByLabel() {
        try {
            show(invitations.inviteByLabel(currentUser.actor(), label, labelPersonal));
        } catch (InvalidInputException e) {
            messages.error("labelForm:label:input", "invitation.labelRequired");
        } catch (BusinessException e) {
            messages.error(null, e);
        }
    }

    /** "Invite these addresses". */
    public void inviteList() {
        try {
            show(invitations.inviteAddresses(currentUser.actor(), addresses, listPersonal));
            addresses = null;
        } catch (InvalidInputException e) {
            messages.error("listForm:addresses:input", "invitation.addressesRequired");
        } catch (BusinessException e) {
            messages.error(null, e);
        }
    }

    private void show(BulkInvitationReport result) {
        invitedCount = result.invited().size();
        report = result.skipped().stream()
                .map(s -> new ReportLine(s.email(), messages.textOr(s.reasonKey(), null) == null
                        ? s.reason() : messages.text(s.reasonKey(), s.reasonArguments().toArray()), s.existingCompanyId() != null))
                .toList();
        messages.notice("invitation.bulkSent", invitedCount, report.size());
    }

    /** One address the bulk invitation did not send to, and why; {@code linkable}: offer to link its company. */
    public record ReportLine(String email, String reason, boolean linkable) implements Serializable {
        public String getEmail() {
            return email;
        }

        public String getReason() {
            return reason;
        }

        public boolean isLinkable() {
            return linkable;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getBusinessName() {
        return businessName;
    }

    public void setBusinessName(String businessName) {
        this.businessName = businessName;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels == null ? new ArrayList<>() : labels;
    }

    public boolean isPersonal() {
        return personal;
    }

    public void setPersonal(boolean personal) {
        this.personal = personal;
    }

    public String getLinkableEmail() {
        return linkableEmail;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isLabelPersonal() {
        return labelPersonal;
    }

    public void setLabelPersonal(boolean labelPersonal) {
        this.labelPersonal = labelPersonal;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public boolean isListPersonal() {
        return listPersonal;
    }

    public void setListPersonal(boolean listPersonal) {
        this.listPersonal = listPersonal;
    }

    public List<ReportLine> getReport() {
        return report;
    }

    public int getInvitedCount() {
        return invitedCount;
    }
}
