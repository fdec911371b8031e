package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way a vendor and a customer company become connected, whatever path brings them together (adding, linking,
 * an accepted invitation, an approved access request): the pair is checked (at most one relationship per pair), then
 * the customer number (unique within the vendor), the relationship is written at once, a unique index that a
 * concurrent writer met first is turned into the refusal it stands for, the relationship's history says how it
 * started and with which number and labels (credited to whoever chose them), and the customer company's own history
 * which vendor now lists it. What people are told by e-mail stays with each path: each tells
 * different people different things. Runs in the caller's transaction; a refusal rolls it back.
 */
@Dependent
public class CustomerRelationships {

    /** The unique constraint behind "at most one relationship per vendor and customer company". */
    public static final String PAIR_UNIQUE_INDEX = "customer_relationship_pair_uq";

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    AuditRepository audit;

    public CustomerRelationship start(RelationshipStart start) {
        List<String> labels = CustomerLabels.normalize(start.labels);
        CustomerRelationship relationship;
        try {
            if (!start.newCompany) {
                customers.findByCustomerCompany(start.vendor.id(), start.customer.id()).ifPresent(existing -> {
                    throw start.alreadyConnected();
                });
            }
            String number = start.numberOnlyIfFree
                    ? customerNumbers.ifFree(start.vendor.id(), start.customerNumber, null)
                    : customerNumbers.requireFree(start.vendor.id(), start.customerNumber, null);
            relationship = new CustomerRelationship(start.vendor, start.customer, start.origin, number, start.at);
            relationship.replaceLabels(labels, start.at);
            customers.add(relationship);
            customers.flush();
        } catch (PersistenceException e) {
            throw UniqueConstraints.violatedBy(e).flatMap(start::refusalFor).orElseThrow(() -> e);
        }
        history(relationship.id(), start.customer.id(), start, relationship.customerNumber(), relationship.labels())
                .forEach(audit::record);
        audit.record(AuditEvent.onCustomerCompanyAboutVendor(start.customer.id(), start.vendor.id(), start.vendor.name(),
                start.actorLabel, VendorLinks.LINKED, start.at));
        return relationship;
    }

    /** How the relationship's history tells that it started: by which path, and with which number and labels. */
    static List<AuditEvent> history(Long relationshipId, Long companyId, RelationshipStart start, String customerNumber,
                                    List<String> labels) {
        List<AuditEvent> events = new ArrayList<>();
        events.add(AuditEvent.onRelationship(relationshipId, companyId, start.actorLabel, startedAction(start.origin),
                start.at));
        String valuesBy = start.valuesSetBy != null ? start.valuesSetBy : start.actorLabel;
        if (customerNumber != null) {
            events.add(AuditEvent.changeOnRelationship(relationshipId, companyId, valuesBy,
                    CustomerNumbers.FIELD, null, customerNumber, start.at));
        }
        if (!labels.isEmpty()) {
            events.add(AuditEvent.changeOnRelationship(relationshipId, companyId, valuesBy,
                    CustomerLabels.FIELD, null, String.join(", ", labels), start.at));
        }
        return events;
    }

    /** The history's action for each way a relationship starts (the bundles name them as history.action.*). */
    public static String startedAction(RelationshipOrigin origin) {
        return switch (origin) {
            case CREATED -> "CUSTOMER_CREATED";
            case LINKED -> "CUSTOMER_LINKED";
            case INVITED -> "CUSTOMER_INVITED";
            case REQUESTED -> "ACCESS_APPROVED";
        };
    }
}
