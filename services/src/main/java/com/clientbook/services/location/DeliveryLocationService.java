package com.clientbook.services.location;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.services.route.RouteStops;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Delivery locations, kept by the customer company itself (docs/product-rules.md rule 9: the customer edits them, every
 * connected vendor reads them). Customer admins add, change, archive and choose the default; buyers read. Of the
 * current locations exactly one is the default: the first one added becomes it, and choosing another moves the mark in
 * one transaction. A location an order named is archived instead of deleted, and leaves every route it was a stop on.
 * Every change is in the company's history.
 */
@Stateless
public class DeliveryLocationService {

    static final String EXTERNAL_ID_INDEX = "delivery_location_external_id_uq";
    private static final String SEE = "see delivery locations";
    private static final String MANAGE = "manage delivery locations";
    private static final String LOCATION = "Delivery location";

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    AuditRepository audit;

    @Inject
    RouteStops routeStops;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    /** The actor's company's current locations, the default first. Any person of the customer company reads them. */
    public List<LocationView> list(Actor actor) {
        return locations.findCurrent(actor.customerCompanyId(SEE)).stream().map(LocationView::of).toList();
    }

    /** One current location of the actor's company; another company's, or an archived one, is "not found". */
    public LocationView get(Actor actor, long locationId) {
        return LocationView.of(current(actor.customerCompanyId(SEE), locationId));
    }

    /**
     * The current locations of one of the vendor's customers, live and read-only. A company the vendor is not
     * (or no longer) connected to answers "not found", as any other vendor's customer id does.
     */
    public List<LocationView> ofCustomer(Actor actor, long customerId) {
        long companyId = customers.get(actor.vendorId(SEE), customerId).customer().id();
        return locations.findCurrent(companyId).stream().map(LocationView::of).toList();
    }

    public LocationView add(Actor actor, LocationInput input) {
        long companyId = manager(actor);
        validation.check(input);
        requireNoOverlap(input.receivingHours());
        Company company = companies.get(companyId);
        Instant now = clock.instant();
        DeliveryLocation location = new DeliveryLocation(company, input.name(), input.address(), now);
        location.describe(input.name(), input.address(), input.deliveryInstructions(), input.contactPhone(),
                input.externalId(), input.receivingHours());
        if (locations.findCurrent(companyId).isEmpty()) {
            location.makeDefault();
        }
        locations.add(location);
        flushOrExplain(input.externalId(), location.id());
        audit.record(AuditEvent.onCompany(companyId, actor.label(), "LOCATION_ADDED", "deliveryLocation", location.name(), now));
        webhookEvents.deliveryLocationChanged(customers.forCustomerCompany(companyId), "added", location);
        return LocationView.of(location);
    }

    /**
     * Replaces the description of a location. {@code expectedVersion} is the version the person read; when someone
     * saved in between, nothing changes and {@link ConcurrentChangeException} says so.
     */
    public LocationView change(Actor actor, long locationId, LocationInput input, Long expectedVersion) {
        long companyId = manager(actor);
        validation.check(input);
        requireNoOverlap(input.receivingHours());
        DeliveryLocation location = current(companyId, locationId);
        requireVersion(location, expectedVersion);
        location.describe(input.name(), input.address(), input.deliveryInstructions(), input.contactPhone(),
                input.externalId(), input.receivingHours());
        flushOrExplain(input.externalId(), locationId);
        audit.record(AuditEvent.onCompany(companyId, actor.label(), "LOCATION_CHANGED", "deliveryLocation", location.name(),
                clock.instant()));
        webhookEvents.deliveryLocationChanged(customers.forCustomerCompany(companyId), "changed", location);
        return LocationView.of(location);
    }

    /** Makes this location the default and the former default an ordinary one, together. */
    public LocationView makeDefault(Actor actor, long locationId) {
        long companyId = manager(actor);
        DeliveryLocation chosen = current(companyId, locationId);
        if (chosen.isDefault()) {
            return LocationView.of(chosen);
        }
        for (DeliveryLocation other : locations.findCurrent(companyId)) {
            if (other.isDefault()) {
                other.noLongerDefault();
            }
        }
        // the partial unique index allows one default at a time: the old mark goes before the new one comes
        flushOrExplain(null, locationId);
        chosen.makeDefault();
        flushOrExplain(null, locationId);
        audit.record(AuditEvent.onCompany(companyId, actor.label(), "LOCATION_DEFAULT", "deliveryLocation", chosen.name(),
                clock.instant()));
        webhookEvents.deliveryLocationChanged(customers.forCustomerCompany(companyId), "default", chosen);
        return LocationView.of(chosen);
    }

    /**
     * Takes a location away: archived when an order named it (its address stays in that history), deleted otherwise.
     * The default goes last: while other locations remain, another one must be made the default first.
     */
    public void remove(Actor actor, long locationId, Long expectedVersion) {
        long companyId = manager(actor);
        DeliveryLocation location = current(companyId, locationId);
        requireVersion(location, expectedVersion);
        if (location.isDefault() && locations.findCurrent(companyId).size() > 1) {
            throw new RuleViolationException("location.defaultLast", null,
                    "Make another delivery location the default before removing " + location.name() + ".", location.name());
        }
        Instant now = clock.instant();
        routeStops.locationGone(location, actor.label(), now);
        boolean used = locations.wasUsed(location);
        if (used) {
            location.archive(now);
        } else {
            locations.remove(location);
        }
        flushOrExplain(null, locationId);
        audit.record(AuditEvent.onCompany(companyId, actor.label(), used ? "LOCATION_ARCHIVED" : "LOCATION_DELETED",
                "deliveryLocation", location.name(), now));
        webhookEvents.deliveryLocationChanged(customers.forCustomerCompany(companyId), "removed", location);
    }

    /** Customer admins keep the locations; buyers and everyone else may not. */
    private static long manager(Actor actor) {
        return actor.customerAdminOf(MANAGE);
    }

    private DeliveryLocation current(long companyId, long locationId) {
        DeliveryLocation location = locations.get(companyId, locationId);
        if (location.isArchived()) {
            throw new NotFoundException(LOCATION, locationId);
        }
        return location;
    }

    private static void requireVersion(DeliveryLocation location, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != location.version()) {
            throw new ConcurrentChangeException(LOCATION, location.id());
        }
    }

    private static void requireNoOverlap(List<ReceivingWindow> hours) {
        List<ReceivingWindow> sorted = hours.stream().sorted(ReceivingWindow.IN_WEEK_ORDER).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldError("receivingHours",
                        "overlap on " + sorted.get(i).day() + ": " + sorted.get(i - 1) + " and " + sorted.get(i))));
            }
        }
    }

    /** Writes now, so that a taken external id or a concurrent change is explained rather than failing the commit. */
    private void flushOrExplain(String externalId, Long locationId) {
        try {
            locations.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(LOCATION, locationId);
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals(EXTERNAL_ID_INDEX)) {
                throw new ConflictException("location.externalIdTaken", "externalId",
                        "Another delivery location already has the id " + externalId + ".", externalId);
            }
            if (constraint.equals("delivery_location_default_uq")) {
                throw new ConcurrentChangeException(LOCATION, locationId);
            }
            throw e;
        }
    }
}
