package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.customer.FunnelFacts;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One customer in full, for its details page, and its history, for the pages and the API. Reads only; another
 * vendor's customer is "not found", like one that does not exist (or was unlinked).
 */
@Stateless
public class CustomerDetailsService {

    private static final String READ = "read customers";

    @Inject
    CustomerRepository customers;

    @Inject
    UserRepository users;

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    AuditRepository audit;

    @Inject
    CustomerService customerService;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.persistence.invitation.InvitationRepository invitations;

    @Inject
    com.clientbook.persistence.outbox.OutboxRepository outbox;

    public CustomerDetails details(Actor actor, long customerId) {
        CustomerRelationship relationship = customers.get(actor.vendorId(READ), customerId);
        var company = relationship.customer();
        List<User> people = users.findByCompany(company);
        boolean registered = people.stream().anyMatch(u -> u.status() == UserStatus.ACTIVE);
        List<DeliveryLocation> current = locations.findCurrent(company);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        FunnelFacts facts = customers.funnelFacts(List.of(relationship.id()), clock.instant())
                .getOrDefault(relationship.id(), FunnelFacts.NONE);
        CustomerView customer = CustomerView.of(relationship, CustomerStatus.of(facts), today);
        CustomerDetails.BanView ban = relationship.ban().filter(b -> b.inForceOn(today))
                .map(b -> new CustomerDetails.BanView(b.reason(), b.until(), b.reasonShared(), b.by(), b.since()))
                .orElse(null);
        return new CustomerDetails(customer, company.phone(),
                people.stream().map(u -> new CustomerDetails.Person(personName(u), u.role().name(),
                        u.status().name(), u.lastSignInAt())).toList(),
                current.stream().map(CustomerDetailsService::location).toList(),
                new CustomerDetails.SetupCheck(relationship.customerNumber() != null, !current.isEmpty(), registered),
                historyOf(relationship), ban, company.legalName(), company.vatId(),
                customerService.correctable(actor, customerId).orElse(null));
    }

    /**
     * Whether the e-mails that invite the customer's people got out (issue 13, "Mail status"): of the latest e-mail to
     * each address the vendor's invitations about this customer went to and to each person of the company who has not
     * registered yet, since the customer was added, the one that needs attention most (given up, then retrying, then
     * queued; sent when all went out); empty when there is none.
     */
    public java.util.Optional<com.clientbook.domain.outbox.MailStatus> invitationMailStatus(Actor actor, long customerId) {
        long vendorId = actor.vendorId(READ);
        CustomerRelationship relationship = customers.get(vendorId, customerId);
        List<String> addresses = new java.util.ArrayList<>(invitations.emailsAbout(vendorId, relationship.id()));
        users.findByCompany(relationship.customer()).stream().filter(u -> u.status() == UserStatus.PENDING)
                .forEach(u -> addresses.add(u.email()));
        return outbox.latestStatuses(addresses, relationship.createdAt()).values().stream()
                .max(java.util.Comparator.comparingInt(CustomerDetailsService::urgency));
    }

    private static int urgency(com.clientbook.domain.outbox.MailStatus status) {
        return switch (status) {
            case SENT -> 0;
            case QUEUED -> 1;
            case RETRYING -> 2;
            case GAVE_UP -> 3;
        };
    }

    /** The customer's history, newest first: the relationship's, and that of the company's access requests to the vendor. */
    public List<HistoryEntry> history(Actor actor, long customerId) {
        return historyOf(customers.get(actor.vendorId(READ), customerId));
    }

    private List<HistoryEntry> historyOf(CustomerRelationship relationship) {
        return audit.historyOfCustomer(relationship.id(), relationship.vendor().id(), relationship.customer().id()).stream()
                .map(HistoryEntry::of).toList();
    }

    /** The person's name; one who gave none is shown as "–" rather than by the e-mail address that stands in for it. */
    private static String personName(User user) {
        return user.firstName() == null && user.lastName() == null ? "–" : user.displayName();
    }

    private static CustomerDetails.Location location(DeliveryLocation location) {
        var address = location.address();
        return new CustomerDetails.Location(location.name(), address.street(), address.postalCode(), address.city(),
                address.country(), location.isDefault(), List.copyOf(location.receivingHours()),
                location.deliveryInstructions(), location.contactPhone(), location.externalId());
    }
}
