package com.clientbook.services.invitation;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.invitation.InvitationRepository;
import com.clientbook.persistence.shared.Page;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.ban.CustomerAccess;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.shared.Secrets;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations, from both sides: the vendor invites, lists, resends and revokes; the invited person accepts through
 * the link, signed in with a customer account or registering on the spot. Every e-mail is queued in the same
 * transaction as the change that causes it.
 */
@Stateless
public class InvitationService {

    private static final String INVITE = "invite customers";
    static final String LABELS = "labels";
    /** A pasted list is cut at blanks, commas and semicolons; more than this many addresses at once are refused. */
    static final int MAX_ADDRESSES = 500;

    @Inject
    InvitationRepository invitations;

    @Inject
    CustomerAccess access;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    Outbox outbox;

    @Inject
    PasswordHasher passwords;

    @Inject
    Configuration configuration;

    @Inject
    InvitationSettings settings;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    // --- the vendor's side ---------------------------------------------------------------------------------------

    /**
     * Invites one person. Refuses a vendor's address; an address of a customer company that is not the vendor's
     * customer yet is refused with that company's id, to link it instead; an address of the vendor's own customer
     * makes the invitation about that customer (so accepting activates it), unless somebody of it is registered.
     */
    public InvitationView invite(Actor actor, NewInvitation input) {
        Company vendor = companies.get(actor.vendorId(INVITE));
        validation.check(input);
        List<String> labels = normalizeLabels(input.labels());
        CustomerRelationship relationship = customerOfAddress(vendor, input.email());
        requireNumberFree(vendor.id(), input.customerNumber(), relationship);
        Invitation invitation = send(actor, vendor, relationship, new Invitation.Recipient(input.email(), input.firstName(),
                input.lastName(), input.businessName(), input.customerNumber(), labels), input.personal());
        return InvitationView.of(invitation, clock.instant());
    }

    /**
     * Invites every customer of the vendor that carries the label and has nobody registered yet, at the company's
     * address (or its first person's), each invitation about that customer. Customers with a pending invitation or
     * without any address are skipped and reported.
     */
    public BulkInvitationReport inviteByLabel(Actor actor, String label, boolean personal) {
        Company vendor = companies.get(actor.vendorId(INVITE));
        String wanted = Text.trimToNull(label);
        if (wanted == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("label", "must not be blank")));
        }
        List<String> invited = new ArrayList<>();
        List<BulkInvitationReport.Skipped> skipped = new ArrayList<>();
        Instant now = clock.instant();
        int page = 0;
        Page<CustomerRelationship> batch;
        do {
            batch = customers.list(vendor.id(), new CustomerQuery(null, null, null, null, true, page++, CustomerQuery.MAX_PAGE_SIZE)
                    .withLabel(wanted).withRegistered(false));
            for (CustomerRelationship relationship : batch.items()) {
                List<User> people = users.findByCompany(relationship.customer());
                Optional<User> contact = people.stream().filter(p -> p.status() == UserStatus.PENDING).findFirst();
                String email = Optional.ofNullable(relationship.customer().email()).or(() -> contact.map(User::email)).orElse(null);
                if (email == null) {
                    skipped.add(new BulkInvitationReport.Skipped(relationship.customer().name(), "invitation.noAddress",
                            List.of(relationship.customer().name()), relationship.customer().name() + " has no e-mail address.", null));
                    continue;
                }
                Optional<Invitation> pending = invitations.pendingTo(vendor.id(), email, now).stream().findFirst();
                if (pending.isPresent()) {
                    skipped.add(skip(email, new InvitationPendingException(email, pending.get().id())));
                    continue;
                }
                send(actor, vendor, relationship, new Invitation.Recipient(email, contact.map(User::firstName).orElse(null),
                        contact.map(User::lastName).orElse(null), relationship.customer().name(), null, List.of()), personal);
                invited.add(email);
            }
        } while ((long) page * CustomerQuery.MAX_PAGE_SIZE < batch.totalItems());
        return new BulkInvitationReport(invited, skipped);
    }

    /**
     * Invites each address of a pasted list (separated by line breaks, blanks, commas or semicolons; repeats count
     * once), as {@link #invite} would without a name. Addresses that cannot be invited are reported with the reason,
     * the others are invited, all in one transaction.
     */
    public BulkInvitationReport inviteAddresses(Actor actor, String pastedAddresses, boolean personal) {
        Company vendor = companies.get(actor.vendorId(INVITE));
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String address : (pastedAddresses == null ? "" : pastedAddresses).split("[\\s,;]+")) {
            String trimmed = Text.trimToNull(address);
            if (trimmed != null) {
                addresses.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("addresses",
                    "give between 1 and " + MAX_ADDRESSES + " e-mail addresses")));
        }
        List<String> invited = new ArrayList<>();
        List<BulkInvitationReport.Skipped> skipped = new ArrayList<>();
        for (String email : addresses.values()) {
            try {
                validation.check(new InvitedAddress(email));
                CustomerRelationship relationship = customerOfAddress(vendor, email);
                send(actor, vendor, relationship, new Invitation.Recipient(email, null, null, null, null, List.of()), personal);
                invited.add(email);
            } catch (BusinessException refused) {
                // thrown and caught inside this bean: the container never sees it, so the others still commit
                skipped.add(skip(email, refused));
            }
        }
        return new BulkInvitationReport(invited, skipped);
    }

    /** One page of the vendor's invitations, most recently sent first; {@code status} {@code null} for all. */
    public Page<InvitationView> list(Actor actor, InvitationStatus status, int page, int size) {
        Instant now = clock.instant();
        return invitations.list(actor.vendorId(INVITE), status, now, page, size).map(i -> InvitationView.of(i, now));
    }

    /** One of the vendor's invitations; another vendor's is "not found". */
    public InvitationView get(Actor actor, long invitationId) {
        return InvitationView.of(invitations.get(actor.vendorId(INVITE), invitationId), clock.instant());
    }

    /** Sends a pending or expired invitation again, with a new link and a new expiry; the old link stops working. */
    public InvitationView resend(Actor actor, long invitationId) {
        Company vendor = companies.get(actor.vendorId(INVITE));
        Invitation invitation = invitations.lock(invitations.get(vendor.id(), invitationId));
        Instant now = clock.instant();
        InvitationStatus status = invitation.statusAt(now);
        if (status == InvitationStatus.ACCEPTED || status == InvitationStatus.REVOKED) {
            throw new InvitationNotUsableException(status);
        }
        String token = Secrets.newToken();
        invitation.resend(Secrets.hash(token), actor.label(), settings.validity(), now);
        record(invitation, actor.label(), "INVITATION_RESENT", now);
        queueInvitationEmail(invitation, vendor, token);
        return InvitationView.of(invitation, now);
    }

    /** Withdraws an invitation: its link stops working. Revoking twice is harmless; an accepted one is over. */
    public InvitationView revoke(Actor actor, long invitationId) {
        Invitation invitation = invitations.lock(invitations.get(actor.vendorId(INVITE), invitationId));
        Instant now = clock.instant();
        if (invitation.statusAt(now) == InvitationStatus.ACCEPTED) {
            throw new InvitationNotUsableException(InvitationStatus.ACCEPTED);
        }
        if (invitation.revokedAt() == null) {
            invitation.revoke(now);
            record(invitation, actor.label(), "INVITATION_REVOKED", now);
        }
        return InvitationView.of(invitation, now);
    }

    // --- the invited person's side -------------------------------------------------------------------------------

    /** What the link's page shows; empty when the token names no invitation (never issued, or replaced by a resend). */
    public Optional<InvitationOffer> offer(String token) {
        return byToken(token).map(invitation -> new InvitationOffer(invitation.vendor().name(), invitation.displayName(),
                invitation.email(), invitation.businessName(), invitation.personal(), invitation.statusAt(clock.instant()),
                invitation.relationship() == null ? null : invitation.relationship().customer().name(),
                users.findByEmail(invitation.email()).filter(User::maySignIn).isPresent()));
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
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("companyName", "must not be blank")));
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

    // --- the rules both sides share ------------------------------------------------------------------------------

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
            carryOver(invitation, relationship, actorLabel, now);
        } else {
            customers.findByCustomerCompany(vendor.id(), company.id()).ifPresent(existing -> {
                throw new AlreadyConnectedException(company.name(), vendor.name());
            });
            String number = numberIfFree(vendor.id(), invitation.customerNumber(), null);
            relationship = new CustomerRelationship(vendor, company, RelationshipOrigin.INVITED, number, now);
            relationship.replaceLabels(invitation.labels(), now);
            customers.add(relationship);
            flushOrExplain(company, vendor);
            audit.record(AuditEvent.onRelationship(relationship.id(), company.id(), actorLabel, "CUSTOMER_INVITED", now));
            if (number != null) {
                audit.record(AuditEvent.changeOnRelationship(relationship.id(), company.id(), actorLabel, "customerNumber", null, number, now));
            }
            if (!relationship.labels().isEmpty()) {
                audit.record(AuditEvent.changeOnRelationship(relationship.id(), company.id(), actorLabel, LABELS, null,
                        String.join(", ", relationship.labels()), now));
            }
        }
        invitation.accept(person, relationship, now);
        audit.record(AuditEvent.onRelationship(relationship.id(), company.id(), actorLabel, "INVITATION_ACCEPTED", now));
        tellInviter(invitation, person, company);
        return new AcceptedInvitation(invitation.id(), relationship.id(), vendor.name(), company.name(), person.email());
    }

    /** The invitation's number (when no other customer has it) and labels go to the vendor's existing customer. */
    private void carryOver(Invitation invitation, CustomerRelationship relationship, String actorLabel, Instant now) {
        long companyId = relationship.customer().id();
        String number = numberIfFree(relationship.vendor().id(), invitation.customerNumber(), relationship);
        if (number != null && !number.equals(relationship.customerNumber())) {
            String former = relationship.assignCustomerNumber(number, now);
            audit.record(AuditEvent.changeOnRelationship(relationship.id(), companyId, actorLabel, "customerNumber", former, number, now));
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
                audit.record(AuditEvent.changeOnRelationship(relationship.id(), companyId, actorLabel, LABELS,
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
        com.clientbook.services.vendor.VendorSuspension.requireActive(invitation.vendor());
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

    /**
     * Who the address belongs to, as far as inviting goes: nobody yet ({@code null}), or the vendor's own customer
     * that nobody registered for yet. Everything else is refused: a vendor's address, the vendor's registered
     * customer, another customer company (link it instead), a pending invitation to the same address.
     */
    private CustomerRelationship customerOfAddress(Company vendor, String email) {
        Optional<User> person = users.findByEmail(email);
        if (person.isPresent() && !person.get().company().isCustomer() || companies.vendorHasEmail(email)) {
            throw new VendorAddressException(email);
        }
        Optional<Company> company = person.map(User::company).or(() -> companies.findCustomersByEmail(email).stream().findFirst());
        CustomerRelationship relationship = null;
        if (company.isPresent()) {
            relationship = customers.findByCustomerCompany(vendor.id(), company.get().id())
                    .orElseThrow(() -> new EmailAlreadyRegisteredException(email, company.get().id()));
            if (!users.companiesWithActiveUsers(List.of(company.get().id())).isEmpty()) {
                throw new AlreadyRegisteredCustomerException(email, relationship.id(), company.get().name());
            }
        }
        Optional<Invitation> pending = invitations.pendingTo(vendor.id(), email, clock.instant()).stream().findFirst();
        if (pending.isPresent()) {
            throw new InvitationPendingException(email, pending.get().id());
        }
        return relationship;
    }

    private Invitation send(Actor actor, Company vendor, CustomerRelationship relationship, Invitation.Recipient recipient,
                            boolean personal) {
        Instant now = clock.instant();
        String token = Secrets.newToken();
        User inviter = actor.userId() == null ? null : users.get(actor.userId());
        Invitation invitation = invitations.add(new Invitation(vendor, relationship, recipient, personal, inviter, actor.label(),
                Secrets.hash(token), settings.validity(), now));
        invitations.flush();
        record(invitation, actor.label(), "INVITATION_SENT", now);
        queueInvitationEmail(invitation, vendor, token);
        return invitation;
    }

    /** In the customer's history when the invitation is about one; in the vendor's own history otherwise. */
    private void record(Invitation invitation, String actorLabel, String action, Instant now) {
        if (invitation.relationship() != null) {
            audit.record(AuditEvent.onRelationship(invitation.relationship().id(), invitation.relationship().customer().id(),
                    actorLabel, action, now));
        } else {
            audit.record(AuditEvent.onCompany(invitation.vendor().id(), actorLabel, action, "invitation", invitation.email(), now));
        }
    }

    private void queueInvitationEmail(Invitation invitation, Company vendor, String token) {
        String url = configuration.baseUrl() + "/invitation.xhtml?token=" + token;
        String whom = invitation.businessName() != null ? invitation.businessName()
                : invitation.relationship() != null ? invitation.relationship().customer().name() : "your business";
        String body = "Hello " + invitation.displayName() + ",\n\n"
                + vendor.name() + " invites " + whom + " to connect as a customer on Clientbook.\n"
                + "Open this link to accept, with your account or by registering on the spot:\n\n" + url + "\n\n"
                + (invitation.personal() ? "Only " + invitation.email() + " can accept this invitation.\n" : "")
                + "The link works once and until " + invitation.expiresAt() + " (UTC).\n";
        outbox.queueEmail(invitation.email(), vendor.name() + " invites you to Clientbook", body, vendor);
    }

    /** The person who sent the invitation hears that it was accepted; for an API key's invitation, the vendor's address. */
    private void tellInviter(Invitation invitation, User acceptor, Company company) {
        String recipient = invitation.invitedBy() != null ? invitation.invitedBy().email() : invitation.vendor().email();
        if (recipient == null) {
            return;
        }
        String body = "Hello,\n\n" + acceptor.displayName() + " <" + acceptor.email() + "> accepted the invitation to "
                + invitation.email() + ". " + company.name() + " is now your customer on Clientbook.\n\n"
                + "See your customers: " + configuration.baseUrl() + "/vendor/customers.xhtml\n";
        outbox.queueEmail(recipient, company.name() + " accepted your invitation", body);
    }

    private void requireNumberFree(long vendorId, String customerNumber, CustomerRelationship owner) {
        customers.findByCustomerNumber(vendorId, customerNumber)
                .filter(holder -> owner == null || !holder.id().equals(owner.id()))
                .ifPresent(holder -> {
                    throw new CustomerNumberTakenException(CustomerRelationship.normalizeCustomerNumber(customerNumber),
                            holder.customer().name());
                });
    }

    /** The number, when no other customer of the vendor took it since the invitation was sent; otherwise none. */
    private String numberIfFree(long vendorId, String customerNumber, CustomerRelationship owner) {
        if (customerNumber == null) {
            return null;
        }
        return customers.findByCustomerNumber(vendorId, customerNumber)
                .filter(holder -> owner == null || !holder.id().equals(owner.id()))
                .isPresent() ? null : customerNumber;
    }

    private void flushOrExplain(Company company, Company vendor) {
        try {
            customers.flush();
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals("customer_relationship_pair_uq")) {
                throw new AlreadyConnectedException(company.name(), vendor.name());
            }
            throw e;
        }
    }

    private static List<String> normalizeLabels(List<String> labels) {
        try {
            return CustomerRelationship.normalizeLabels(labels);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(LABELS, e.getMessage() + ".")));
        }
    }

    private static BulkInvitationReport.Skipped skip(String email, BusinessException refused) {
        Long companyId = refused instanceof EmailAlreadyRegisteredException taken ? taken.existingCompanyId() : null;
        String key = refused instanceof InvalidInputException ? "invitation.invalidAddress" : refused.messageKey();
        return new BulkInvitationReport.Skipped(email, key, Arrays.asList(refused instanceof InvalidInputException
                ? new Object[0] : refused.arguments()), refused.getMessage(), companyId);
    }
}
