package com.clientbook.services.accessrequest;

import com.clientbook.domain.accessrequest.AccessRequest;
import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.accessrequest.AccessRequestRepository;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.customer.CustomerAccess;
import com.clientbook.services.customer.CustomerNumberChange;
import com.clientbook.services.customer.CustomerRelationships;
import com.clientbook.services.customer.RelationshipStart;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Access requests from both sides. A customer's person finds listed vendors and asks one for access; a vendor's person
 * sees the open requests (the menu badge counts them), approves one (the relationship is created, origin REQUESTED,
 * with an optional customer number) or rejects it with an optional reason. The customer company's people are e-mailed
 * the decision, queued in the same transaction. Each side reaches only its own requests: another tenant's id is
 * "not found".
 */
@Stateless
public class AccessRequestService {

    private static final String ASK = "ask vendors for access";
    private static final String DECIDE = "decide access requests";
    private static final int DIRECTORY_MAX = 50;
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    AccessRequestRepository requests;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerRelationships relationships;

    @Inject
    InputValidation validation;

    @Inject
    CustomerService customerService;

    @Inject
    CustomerAccess access;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    // ---- the customer's side

    /** Listed vendors whose name contains the text (blank: all, by name, at most 50), with where the actor's company stands. */
    public List<VendorHit> findVendors(Actor actor, String name) {
        long companyId = actor.customerCompanyId(ASK);
        Map<Long, AccessRequestStatus> asked = new HashMap<>();
        requests.forCustomer(companyId).forEach(r -> asked.put(r.vendor().id(), r.status()));
        Map<Long, CustomerRelationship> connected = new HashMap<>();
        customers.forCustomerCompany(companyId).forEach(r -> connected.put(r.vendor().id(), r));
        LocalDate today = today();
        return companies.findListedVendors(Text.trimToNull(name), DIRECTORY_MAX).stream()
                .map(vendor -> {
                    CustomerRelationship relationship = connected.get(vendor.id());
                    return new VendorHit(vendor.id(), vendor.name(), relationship != null,
                            relationship != null && relationship.isBannedOn(today),
                            relationship != null ? null : asked.get(vendor.id()));
                })
                .toList();
    }

    /**
     * Asks a listed vendor for access, with an optional message. Asking while a request is open changes nothing and
     * answers that request; after a rejection the request opens again. Refused: an unlisted or unknown vendor (not
     * found), a vendor that has banned the company ({@link com.clientbook.services.customer.CustomerBannedException}), a
     * vendor the company is connected with already ({@link AlreadyConnectedException}).
     */
    public AccessRequestView requestAccess(Actor actor, long vendorId, String message) {
        long companyId = actor.customerCompanyId(ASK);
        Company vendor = companies.find(vendorId).filter(c -> c.isVendor() && c.isListed())
                .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
        String text = Text.trimToNull(message);
        if (text != null && text.length() > AccessRequest.MESSAGE_MAX) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("message", "field.error.tooLong",
                    "can have at most " + AccessRequest.MESSAGE_MAX + " characters", String.valueOf(AccessRequest.MESSAGE_MAX))));
        }
        access.requireMayAct(companyId, vendorId);
        if (customers.findByCustomerCompany(vendorId, companyId).isPresent()) {
            throw new AlreadyConnectedException(vendor.name());
        }
        User requester = users.get(actor.userId());
        Instant now = clock.instant();
        var existing = requests.findByPair(vendorId, companyId);
        if (existing.isPresent() && existing.get().isOpen()) {
            return AccessRequestView.of(existing.get());
        }
        AccessRequest request;
        if (existing.isPresent()) {
            request = existing.get();
            request.reopen(requester, text, now);
        } else {
            request = requests.add(new AccessRequest(vendor, requester, text, now));
        }
        try {
            requests.flush();
        } catch (PersistenceException e) {
            // a second tab asked at the same moment: its request is the open one, and this one is not needed
            if (UniqueConstraints.violatedBy(e).filter("access_request_pair_uq"::equals).isPresent()
                    || e instanceof OptimisticLockException) {
                throw new ConcurrentChangeException("Access request to", vendor.name());
            }
            throw e;
        }
        // written against the request, so the vendor's history of this customer shows it too (product rules 7)
        audit.record(AuditEvent.onAccessRequest(request.id(), vendorId, companyId, actor.label(), "ACCESS_REQUESTED",
                text == null ? null : "message", text, now));
        tellVendorAdmins(vendor, request);
        AccessRequestView view = AccessRequestView.of(request);
        webhookEvents.accessRequestCreated(vendorId, request.id(), companyId, view.companyPublicId(), view.companyName(),
                view.postalCode(), view.city(), text);
        return view;
    }

    /** The actor's company's requests, newest first. */
    public List<AccessRequestView> myRequests(Actor actor) {
        return requests.forCustomer(actor.customerCompanyId(ASK)).stream().map(AccessRequestView::of).toList();
    }

    /** The vendors the actor's company is connected with, each with its restriction (ban) while one is in force. */
    public List<ConnectedVendor> myVendors(Actor actor) {
        LocalDate today = today();
        List<ConnectedVendor> vendors = new ArrayList<>();
        for (CustomerRelationship relationship : customers.forCustomerCompany(actor.customerCompanyId(ASK))) {
            var ban = relationship.ban().filter(b -> b.inForceOn(today));
            vendors.add(new ConnectedVendor(relationship.vendor().id(), relationship.vendor().name(),
                    relationship.customerNumber(), ban.isPresent(),
                    ban.filter(CustomerRelationship.Ban::reasonShared).map(CustomerRelationship.Ban::reason).orElse(null),
                    ban.map(CustomerRelationship.Ban::until).orElse(null),
                    com.clientbook.services.vendor.VendorCard.of(relationship.vendor())));
        }
        return vendors;
    }

    // ---- the vendor's side

    /** How many requests wait for the vendor's decision: the menu badge. */
    public long openCount(Actor actor) {
        return requests.count(actor.vendorId(DECIDE), AccessRequestStatus.OPEN);
    }

    /** How many of the vendor's requests were rejected (and the company has not become its customer since). */
    public long rejectedCount(Actor actor) {
        return requests.count(actor.vendorId(DECIDE), AccessRequestStatus.REJECTED);
    }

    /**
     * One page of the vendor's open (status REQUESTED in the list) or rejected requests, newest first, optionally only
     * companies whose name contains {@code companyName}.
     */
    public Page<AccessRequestView> list(Actor actor, AccessRequestStatus status, String companyName, int page, int size) {
        return list(actor, status, companyName, null, page, size);
    }

    /**
     * As above, of the requests that reached the status at or after {@code since} (made, or rejected) when it is
     * given: the customer list opened from the dashboard's moves of the last 7 or 30 days.
     */
    public Page<AccessRequestView> list(Actor actor, AccessRequestStatus status, String companyName, Instant since,
                                        int page, int size) {
        long vendorId = actor.vendorId(DECIDE);
        if (status == AccessRequestStatus.APPROVED) {
            throw new IllegalArgumentException("Approved requests are customers; list those");
        }
        return requests.list(vendorId, status, Text.trimToNull(companyName), since, Math.max(page, 0),
                Math.min(Math.max(size, 1), MAX_PAGE_SIZE)).map(AccessRequestView::of);
    }

    /**
     * The companies that stand at REQUESTED (an open request) or REJECTED in the vendor's funnel: they are not customers
     * yet, so the customer list shows their requests instead, whether on the page or through the API.
     */
    public Page<AccessRequestView> listByCustomerStatus(Actor actor, CustomerStatus status, String companyName, int page,
                                                        int size) {
        return listByCustomerStatus(actor, status, companyName, null, page, size);
    }

    /** As above, of those that reached the status at or after {@code since} when it is given. */
    public Page<AccessRequestView> listByCustomerStatus(Actor actor, CustomerStatus status, String companyName,
                                                        Instant since, int page, int size) {
        return list(actor, status.requestStatus(), companyName, since, page, size);
    }

    /** One request to the actor's vendor; another vendor's is "not found". */
    public AccessRequestView get(Actor actor, long requestId) {
        return AccessRequestView.of(requests.getForVendor(actor.vendorId(DECIDE), requestId));
    }

    /**
     * Approves an open request, or one rejected before (the vendor changed its mind): the company becomes the vendor's customer (origin REQUESTED), with the customer number
     * when one is given (unique within the vendor, as everywhere), and its people are told by e-mail.
     */
    public CustomerView approve(Actor actor, long requestId, String customerNumber) {
        long vendorId = actor.vendorId(DECIDE);
        AccessRequest request = requests.getForVendor(vendorId, requestId);
        Company company = request.customer();
        if (!request.mayBeApproved()) {
            throw new AccessRequestDecidedException(company.name());
        }
        String number = validation.check(new CustomerNumberChange(customerNumber)).customerNumber();
        Instant now = clock.instant();
        Company vendor = request.vendor();
        request.approve(actor.label(), now);
        CustomerRelationship relationship;
        try {
            // the request's new state is written with the relationship: a second tab that decided first is told so
            relationship = relationships.start(RelationshipStart.of(vendor, company, RelationshipOrigin.REQUESTED, actor.label(), now)
                    .customerNumber(number));
        } catch (OptimisticLockException e) {
            throw new AccessRequestDecidedException(company.name());
        }
        String myVendors = configuration.baseUrl() + "/customer/vendors.xhtml";
        tell(company, to -> AccessRequestMails.approved(to, vendor.name(), company.name(), myVendors));
        return customerService.get(actor, relationship.id());
    }

    /** Rejects an open request, with an optional reason that the company's people read in the e-mail and their portal. */
    public AccessRequestView reject(Actor actor, long requestId, String reason) {
        long vendorId = actor.vendorId(DECIDE);
        AccessRequest request = requests.getForVendor(vendorId, requestId);
        Company company = request.customer();
        if (!request.isOpen()) {
            throw new AccessRequestDecidedException(company.name());
        }
        String text = Text.trimToNull(reason);
        if (text != null && text.length() > AccessRequest.REASON_MAX) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("reason", "field.error.tooLong",
                    "can have at most " + AccessRequest.REASON_MAX + " characters", String.valueOf(AccessRequest.REASON_MAX))));
        }
        Instant now = clock.instant();
        request.reject(text, actor.label(), now);
        try {
            requests.flush();
        } catch (OptimisticLockException e) {
            throw new AccessRequestDecidedException(company.name());
        }
        String vendorName = request.vendor().name();
        audit.record(AuditEvent.onAccessRequest(request.id(), vendorId, company.id(), actor.label(), "ACCESS_REJECTED",
                text == null ? null : "reason", text, now));
        tell(company, to -> AccessRequestMails.rejected(to, vendorName, text));
        return AccessRequestView.of(request);
    }

    /**
     * Tells the vendor's active admins of a new request, unless the vendor switched these e-mails off (vendor settings);
     * in the vendor's language, queued in the request's transaction.
     */
    private void tellVendorAdmins(Company vendor, AccessRequest request) {
        if (!vendor.mailsOnAccessRequests()) {
            return;
        }
        String requester = request.requestedBy().displayName() + " <" + request.requestedBy().email() + ">";
        for (User admin : users.findByCompany(vendor)) {
            if (admin.status() == UserStatus.ACTIVE && admin.role() == Role.VENDOR_ADMIN) {
                outbox.queue(AccessRequestMails.newRequest(Recipient.of(admin), request.customer().name(), requester,
                        request.message(), configuration.baseUrl() + "/vendor/customers.xhtml"));
            }
        }
    }

    /** E-mails every person of the company who can be reached (active or still to register). */
    private void tell(Company company, java.util.function.Function<Recipient, Mail> mail) {
        for (User person : users.findByCompany(company)) {
            if (person.status() == UserStatus.ACTIVE || person.status() == UserStatus.PENDING) {
                outbox.queue(mail.apply(Recipient.of(person)));
            }
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
