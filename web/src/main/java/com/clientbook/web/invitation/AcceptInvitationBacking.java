package com.clientbook.web.invitation;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.invitation.AcceptedInvitation;
import com.clientbook.services.invitation.InvitationNotUsableException;
import com.clientbook.services.invitation.InvitationOffer;
import com.clientbook.services.invitation.InvitationAcceptanceService;
import com.clientbook.services.invitation.Registration;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.WeakPasswordException;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /invitation.xhtml?token=…}, the page an invitation e-mail links to. Anybody may open it: it says which
 * vendor invites whom; a signed-in customer accepts, a person without an account registers and accepts at once,
 * and everybody else (expired, revoked or used link; a vendor's account) is told plainly why not.
 */
@Named
@ViewScoped
public class AcceptInvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REGISTER_FORM = "registerForm";
    private static final FormFields FIELDS = FormFields.of(REGISTER_FORM, "companyName", "firstName", "lastName",
            "password");

    @Inject
    InvitationAcceptanceService invitations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private String token;
    private InvitationOffer offer;
    /** Why the link cannot be used, as a bundle key; {@code null} while it can. */
    private String refusal;
    private AcceptedInvitation accepted;

    private String signInEmail;
    private String signInPassword;
    private String companyName;
    private String firstName;
    private String lastName;
    private String password;
    private String repeatedPassword;

    public void open() {
        offer = invitations.offer(token).orElse(null);
        signInEmail = offer == null ? null : offer.email();
        if (offer == null) {
            refusal = "invitation.notUsable.UNKNOWN";
        } else if (!offer.usable()) {
            refusal = "invitation.notUsable." + offer.status().name();
        } else if (currentUser.isSignedIn() && !currentUser.isCustomer()) {
            refusal = "invitation.notACustomerAccount";
        } else if (isForAnotherAddress()) {
            // said before the click, not after it: the service would refuse this person (personal invitation)
            refusal = "invitation.otherAddress";
        } else {
            // the sign-up form starts with what the vendor entered; the person corrects it where it is wrong
            companyName = offer.businessName();
            firstName = offer.firstName();
            lastName = offer.lastName();
        }
    }

    /** A personal invitation, opened by somebody signed in with another address. */
    private boolean isForAnotherAddress() {
        return offer.personal() && currentUser.principal()
                .map(p -> !p.getName().equalsIgnoreCase(offer.email())).orElse(false);
    }

    /** What the person can do when the link cannot be used, as a bundle key; {@code null} when there is nothing to add. */
    public String getRefusalHelp() {
        if (refusal == null) {
            return null;
        }
        return switch (refusal) {
            case "invitation.notUsable.UNKNOWN", "invitation.notUsable.REVOKED", "invitation.notUsable.EXPIRED" ->
                    currentUser.isCustomer() ? "invitation.help.requestAccess" : "invitation.help.askVendor";
            case "invitation.otherAddress" -> "invitation.help.otherAddress";
            default -> null;
        };
    }

    /** The vendor that invited, for the help text; "the vendor" when the link names no invitation. */
    public String getRefusalVendorName() {
        return offer == null ? messages.text("invitation.help.theVendor") : offer.vendorName();
    }

    /** A signed-in customer accepts for their company. */
    public void accept() {
        try {
            accepted = invitations.accept(currentUser.actor(), token);
        } catch (InvitationNotUsableException e) {
            refusal = e.messageKey();
        } catch (BusinessException e) {
            messages.error(null, e);
        }
    }

    /**
     * Somebody with an account signs in right here, as the sign-in page does it (a new session id, then Jakarta
     * Security with the identity store), and sees this invitation again, now with "Accept".
     */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(request,
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(signInEmail == null ? "" : signInEmail.strip(),
                                new Password(signInPassword == null ? "" : signInPassword)))
                        .newAuthentication(true));
        signInPassword = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/invitation.xhtml?token="
                    + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                messages.error(null, "login.failed");
                faces.validationFailed();
            }
        }
    }

    /** Somebody without an account registers their company and themselves, and accepts in the same step. */
    public void register() {
        // every field's problem in one round: the person fixes all of them at once, not one after the other
        boolean refused = false;
        if (password == null || !password.equals(repeatedPassword)) {
            messages.errorText(REGISTER_FORM + ":repeatedPassword:input", messages.text("password.mismatch"));
            refused = true;
        }
        Registration registration = new Registration(companyName, firstName, lastName, password);
        var problems = validation.problems(registration, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
        refused |= !problems.isEmpty();
        if (getInvitedCompanyName() == null && registration.companyName() == null) {
            messages.errorText(FIELDS.clientId("companyName"), messages.text("invitation.companyNameRequired"));
            refused = true;
        }
        try {
            AccountService.requireStrong(password);
        } catch (WeakPasswordException e) {
            messages.error(FIELDS.clientId("password"), e);
            refused = true;
        }
        if (refused) {
            password = null;
            repeatedPassword = null;
            return;
        }
        try {
            accepted = invitations.registerAndAccept(token, registration);
        } catch (InvitationNotUsableException e) {
            refusal = e.messageKey();
        } catch (WeakPasswordException e) {
            messages.error(FIELDS.clientId("password"), e);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(FIELDS.clientId(error.field()),
                    messages.text("invitation.companyNameRequired")));
        } catch (BusinessException e) {
            messages.error(null, e);
        } finally {
            password = null;
            repeatedPassword = null;
        }
    }

    /** The offer may be shown and acted on: a usable link, not yet accepted here, by somebody who may. */
    public boolean isOpen() {
        return offer != null && refusal == null && accepted == null;
    }

    /** The person is signed in with a customer account and accepts with a click. */
    public boolean isSignedInCustomer() {
        return currentUser.isSignedIn() && currentUser.isCustomer();
    }

    /** Nobody is signed in, and the invited address has no account: registering on the spot is offered. */
    public boolean isRegistrationOffered() {
        return !currentUser.isSignedIn() && offer != null && !offer.accountExists();
    }

    public String getVendorName() {
        return offer == null ? null : offer.vendorName();
    }

    public String getInviteeName() {
        return offer == null ? null : offer.inviteeName();
    }

    public String getInvitedEmail() {
        return offer == null ? null : offer.email();
    }

    /** The customer company the vendor created for this invitation, or {@code null}: registering then creates one. */
    public String getInvitedCompanyName() {
        return offer == null ? null : offer.companyName();
    }

    public boolean isPersonal() {
        return offer != null && offer.personal();
    }

    public boolean isDone() {
        return accepted != null;
    }

    /** After accepting: "{company} is now a customer of {vendor}". */
    public String getDoneText() {
        return accepted == null ? null : messages.text("acceptInvitation.done", accepted.vendorName(), accepted.companyName());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getSignInEmail() {
        return signInEmail;
    }

    public void setSignInEmail(String signInEmail) {
        this.signInEmail = signInEmail;
    }

    public String getSignInPassword() {
        return signInPassword;
    }

    public void setSignInPassword(String signInPassword) {
        this.signInPassword = signInPassword;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
