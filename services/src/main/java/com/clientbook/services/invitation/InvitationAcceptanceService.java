package com.clientbook.services.invitation;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.invitation.InvitationRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.customer.CustomerLabels;
import com.clientbook.services.customer.CustomerNumbers;
import com.clientbook.services.customer.CustomerRelationships;
import com.clientbook.services.customer.RelationshipStart;
import com.clientbook.services.customer.CustomerAccess;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.shared.Secrets;
import com.clientbook.services.vendor.VendorSuspension;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations, the invited person's side: what the link's page shows, and accepting through the link, signed in with
 * a customer account or registering on the spot. Accepting starts the relationship (or, when the vendor had created
 * the customer, activates it) and tells the person who sent the invitation, in the same transaction.
 */
@Stateless
public class InvitationAcceptanceService {

    @Inject
    InvitationRepository invitations;

    @Inject
    CustomerAccess access;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    CustomerRelationships relationships;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    InvitationMails mails;

    @Inject
    PasswordHasher passwords;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    /** What the link's page shows; empty when the token names no invitation (never issued, or replaced by a resend). */
    public Optional<InvitationOffer> offer(String token) {
        return byToken(token).map(invitation -> new InvitationOffer(invitation.vendor().name(), invitation.displayName(),
                invitation.email(), invitation.businessName(), invitation.personal(), invitation.statusAt(clock.instant()),
                invitation.relationship() == null ? null : invitation.relationship().customer().name(),
                users.findByEmail(invitation.email()).filter(User::maySignIn).isPresent(),
                invitation.firstName(), invitation.lastName()));
    }

    /**
     * A signed-in customer accepts: the relationship is created (or, when the vendor had created the customer,
     * activated) with the invitation's customer number and labels, and the inviting person is told by e-mail.
     */
    public AcceptedInvitation accept(Actor actor, String token) {
        if (!actor.role().isCustomerSide() || actor.userId() == null) {
            throw new NotACustomerAccountException();
        }
        Invitation invitation = usable(token);
        return acceptAs(invitation, users.get(actor.userId()));
    }

    /**
     * A person without an account registers and accepts in one step: their customer company (the existing one, when
     * the vendor had created the customer) and their account, active at once, with the invitation's address.
     */
    public AcceptedInvitation registerAndAccept(String token, Registration registration) {
        Invitation invitation = usable(token);
        validation.check(registration);
        Company company = invitation.relationship() == null ? null : invitation.relationship().customer();
        if (company == null && registration.companyName() == null) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("companyName", "field.error.blank", "must not be blank")));
        }
        AccountService.requireStrong(registration.password());
        Instant now = clock.instant();
        String email = invitation.email();
        User person;
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            // the vendor created this customer with this person, who never set a password: the account becomes theirs
            person = existing.filter(u -> company != null && u.company().id().equals(company.id()) && u.status() == UserStatus.PENDING)
                    .orElseThrow(() -> new AccountExistsException(email));
        } else {
            Company own = company != null ? company : companies.add(Company.customer(registration.companyName(), email, null, null, now));
            person = users.add(new User(own, Role.CUSTOMER_ADMIN, email, registration.firstName(), registration.lastName(), now));
            if (company == null) {
                audit.record(AuditEvent.onCompany(own.id(), person.displayName() + " <" + email + ">", "COMPANY_REGISTERED", now));
            }
        }
        person.setPassword(passwords.hash(registration.password()));
        try {
            users.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violatedBy(e).filter("app_user_email_uq"::equals).isPresent()) {
                throw new AccountExistsException(email);
            }
            throw e;
        }
        return acceptAs(invitation, person);
    }

    private AcceptedInvitation acceptAs(Invitation invitation, User person) {
        if (!invitation.mayBeAcceptedBy(person.email())) {
            throw new NotTheInvitedPersonException(invitation.email());
        }
        Company vendor = invitation.vendor();
        Company company = person.company();
        // a customer the vendor banned may not come back through an invitation while the ban is in force
        access.requireMayAct(company.id(), vendor.id());
        Instant now = clock.instant();
        String actorLabel = person.displayName() + " <" + person.email() + ">";
        CustomerRelationship relationship = invitation.relationship();
        if (relationship != null) {
            if (!relationship.customer().id().equals(company.id())) {
                throw new InvitationForAnotherCompanyException(relationship.customer().name());
            }
            // the acceptance first, then what it brought with it: the history reads in that order
            audit.record(AuditEvent.onRelationship(relationship.id(), company.id(), actorLabel, "INVITATION_ACCEPTED", now));
            carryOver(invitation, relationship, now);
        } else {
            // the relationship starts with the acceptance ("Customer accepted an invitation", once); the sending came
            // first, when there was no relationship to write it to, and the number and labels are the sender's choice
            relationship = relationships.start(RelationshipStart.of(vendor, company, RelationshipOrigin.INVITED, actorLabel, now)
                    .customerNumberIfFree(invitation.customerNumber())
                    .labels(invitation.labels())
                    .valuesSetBy(invitation.sentBy())
                    .refusingConnectedPairWith(() -> new AlreadyConnectedException(company.name(), vendor.name())));
            audit.record(AuditEvent.onRelationship(relationship.id(), company.id(), invitation.sentBy(), "INVITATION_SENT",
                    invitation.sentAt()));
        }
        invitation.accept(person, relationship, now);
        mails.accepted(invitation, person, company);
        webhookEvents.invitationAccepted(vendor.id(), invitation.id(), relationship.id(), company.id(), company.publicId(),
                company.name(), person.email());
        return new AcceptedInvitation(invitation.id(), relationship.id(), vendor.name(), company.name(), person.email());
    }

    /**
     * The invitation's number (when no other customer has it) and labels go to the vendor's existing customer, credited
     * in the history to the vendor's person who chose them when sending the invitation.
     */
    private void carryOver(Invitation invitation, CustomerRelationship relationship, Instant now) {
        String actorLabel = invitation.sentBy();
        long companyId = relationship.customer().id();
        String number = customerNumbers.ifFree(relationship.vendor().id(), invitation.customerNumber(), relationship.id());
        if (number != null && !number.equals(relationship.customerNumber())) {
            String former = relationship.assignCustomerNumber(number, now);
            audit.record(AuditEvent.changeOnRelationship(relationship.id(), companyId, actorLabel, CustomerNumbers.FIELD, former, number, now));
        }
        if (!invitation.labels().isEmpty()) {
            Set<String> merged = new LinkedHashSet<>(relationship.labels());
            merged.addAll(invitation.labels());
            List<String> before = relationship.labels();
            try {
                relationship.replaceLabels(merged, now);
            } catch (IllegalArgumentException tooMany) {
                return; // the customer's own labels stay as they are rather than refusing the acceptance
            }
            if (!before.equals(relationship.labels())) {
                audit.record(AuditEvent.changeOnRelationship(relationship.id(), companyId, actorLabel, CustomerLabels.FIELD,
                        before.isEmpty() ? null : String.join(", ", before), String.join(", ", relationship.labels()), now));
            }
        }
    }

    /**
     * The invitation behind a link, its row locked until the transaction ends, so two tabs accepting at once are
     * served one after the other; refused unless pending now.
     */
    private Invitation usable(String token) {
        Invitation invitation = byToken(token).orElseThrow(() -> new InvitationNotUsableException(null));
        invitations.lock(invitation);
        VendorSuspension.requireActive(invitation.vendor());
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.PENDING) {
            throw new InvitationNotUsableException(status);
        }
        return invitation;
    }

    private Optional<Invitation> byToken(String token) {
        String trimmed = Text.trimToNull(token);
        return trimmed == null ? Optional.empty() : invitations.findByTokenHash(Secrets.hash(trimmed));
    }
}
