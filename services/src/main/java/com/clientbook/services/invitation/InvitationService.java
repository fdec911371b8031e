package com.clientbook.services.invitation;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.invitation.InvitationFilter;
import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.outbox.MailStatus;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.invitation.InvitationRepository;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.customer.CustomerLabels;
import com.clientbook.services.customer.CustomerNumbers;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.shared.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations, the vendor's side: the vendor invites one person, the customers that carry a label, or a pasted list
 * of addresses, lists its invitations, resends and revokes them. The invited person's side is
 * {@link InvitationAcceptanceService}. Every e-mail is queued in the same transaction as the change that causes it.
 */
@Stateless
public class InvitationService {

    private static final String INVITE = "invite customers";
    /** A pasted list is cut at blanks, commas and semicolons; more than this many addresses at once are refused. */
    static final int MAX_ADDRESSES = 500;
    /** The largest page of invitations {@link #list} answers. */
    public static final int MAX_PAGE_SIZE = InvitationRepository.MAX_PAGE_SIZE;

    @Inject
    InvitationRepository invitations;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    InvitationMails mails;

    @Inject
    InvitationSettings settings;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /**
     * Invites one person. Refuses a vendor's address; an address of a customer company that is not the vendor's
     * customer yet is refused with that company's id, to link it instead; an address of the vendor's own customer
     * makes the invitation about that customer (so accepting activates it), unless somebody of it is registered.
     */
    public InvitationView invite(Actor actor, NewInvitation input) {
        Company vendor = companies.get(actor.vendorId(INVITE));
        validation.check(input);
        List<String> labels = CustomerLabels.normalize(input.labels());
        CustomerRelationship relationship = customerOfAddress(vendor, input.email());
        customerNumbers.requireFree(vendor.id(), input.customerNumber(), relationship == null ? null : relationship.id());
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
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("label", "field.error.blank", "must not be blank")));
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
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("addresses",
                    "field.error.addressCount", "give between 1 and " + MAX_ADDRESSES + " e-mail addresses",
                    String.valueOf(MAX_ADDRESSES))));
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

    /**
     * Invites one of the vendor's customers at the company's address (or its first person's), as
     * {@link #inviteByLabel} does for each customer with a label: the customer list's bulk "Invite". Refused when the
     * customer is another vendor's or none ("not found"), somebody of it is registered, it has no e-mail address, or
     * an invitation to that address is pending.
     */
    public InvitationView inviteCustomer(Actor actor, long customerId, boolean personal) {
        Company vendor = companies.get(actor.vendorId(INVITE));
        CustomerRelationship relationship = customers.get(vendor.id(), customerId);
        Company company = relationship.customer();
        List<User> people = users.findByCompany(company);
        Optional<User> contact = people.stream().filter(p -> p.status() == UserStatus.PENDING).findFirst();
        String email = Optional.ofNullable(company.email()).or(() -> contact.map(User::email)).orElse(null);
        if (people.stream().anyMatch(p -> p.status() == UserStatus.ACTIVE)) {
            throw new AlreadyRegisteredCustomerException(email, relationship.id(), company.name());
        }
        if (email == null) {
            throw new RuleViolationException("invitation.noAddress", null, company.name() + " has no e-mail address.",
                    company.name());
        }
        Optional<Invitation> pending = invitations.pendingTo(vendor.id(), email, clock.instant()).stream().findFirst();
        if (pending.isPresent()) {
            throw new InvitationPendingException(email, pending.get().id());
        }
        Invitation invitation = send(actor, vendor, relationship, new Invitation.Recipient(email,
                contact.map(User::firstName).orElse(null), contact.map(User::lastName).orElse(null), company.name(), null,
                List.of()), personal);
        return InvitationView.of(invitation, clock.instant());
    }

    /**
     * Whether each invitation's e-mail went out: sent, queued, or queued and retrying while the mail server cannot be
     * reached (docs/product-rules.md rule 5), so the page says so instead of only "sent". Another vendor's ids are
     * left out.
     */
    public Map<Long, MailStatus> mailStatuses(Actor actor, Collection<Long> invitationIds) {
        return invitations.mailStatuses(actor.vendorId(INVITE), invitationIds);
    }

    /** One page of the vendor's invitations, most recently sent first; {@code status} {@code null} for all. */
    public Page<InvitationView> list(Actor actor, InvitationStatus status, int page, int size) {
        return list(actor, status, InvitationFilter.NONE, page, size);
    }

    /**
     * As above, narrowed by the filters the dashboard's "needs attention" links open the page with (expiring within
     * three days, e-mail not delivered); the dashboard counts with the same filters.
     */
    public Page<InvitationView> list(Actor actor, InvitationStatus status, InvitationFilter filter, int page, int size) {
        Instant now = clock.instant();
        return invitations.list(actor.vendorId(INVITE), status, filter == null ? InvitationFilter.NONE : filter, now, page,
                size).map(i -> InvitationView.of(i, now));
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
        mails.invitation(invitation, vendor, token);
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
                    .orElseThrow(() -> new EmailAlreadyRegisteredException(email, company.get()));
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
        mails.invitation(invitation, vendor, token);
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

    private static BulkInvitationReport.Skipped skip(String email, BusinessException refused) {
        Long companyId = refused instanceof EmailAlreadyRegisteredException taken ? taken.existingCompanyId() : null;
        String key = refused instanceof InvalidInputException ? "invitation.invalidAddress" : refused.messageKey();
        return new BulkInvitationReport.Skipped(email, key, Arrays.asList(refused instanceof InvalidInputException
                ? new Object[0] : refused.arguments()), refused.getMessage(), companyId);
    }
}
