package com.clientbook.services.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.shared.BusinessException;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one path asks of {@link CustomerRelationships#start}: which vendor and customer company, how they came together,
 * with which customer number and labels, who did it and when; and the few ways the paths differ in what they tell a
 * refused caller. Built by the path, read by the one place that starts relationships.
 */
public final class RelationshipStart {

    // read by CustomerRelationships, the one place that starts relationships
    final Company vendor;
    final Company customer;
    final RelationshipOrigin origin;
    final String actorLabel;
    final Instant at;
    String customerNumber;
    boolean numberOnlyIfFree;
    List<String> labels = List.of();
    boolean newCompany;
    String valuesSetBy;
    private Supplier<? extends BusinessException> connectedRefusal;
    private final Map<String, Supplier<? extends BusinessException>> otherUniqueRefusals = new LinkedHashMap<>();

    private RelationshipStart(Company vendor, Company customer, RelationshipOrigin origin, String actorLabel, Instant at) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.actorLabel = Objects.requireNonNull(actorLabel, "actorLabel");
        this.at = Objects.requireNonNull(at, "at");
        this.connectedRefusal = () -> new AlreadyLinkedException(customer.id(), customer.name());
    }

    /** A relationship between these two companies, started by {@code actorLabel} (as the history names them) at {@code at}. */
    public static RelationshipStart of(Company vendor, Company customer, RelationshipOrigin origin, String actorLabel,
                                       Instant at) {
        return new RelationshipStart(vendor, customer, origin, actorLabel, at);
    }

    /** The vendor's number for the customer; refused when another customer of the vendor has it. */
    public RelationshipStart customerNumber(String number) {
        this.customerNumber = number;
        this.numberOnlyIfFree = false;
        return this;
    }

    /**
     * A number that was free when it was chosen (an invitation's, checked when it was sent): given only if it is still
     * free, otherwise the relationship starts without a number rather than being refused.
     */
    public RelationshipStart customerNumberIfFree(String number) {
        this.customerNumber = number;
        this.numberOnlyIfFree = true;
        return this;
    }

    public RelationshipStart labels(Collection<String> labels) {
        this.labels = labels == null ? List.of() : List.copyOf(labels);
        return this;
    }

    /**
     * Who chose the number and labels, when that is not who starts the relationship: the vendor's person who sent an
     * invitation that a customer's person accepts. The history credits each to whoever acted (product rules 7).
     */
    public RelationshipStart valuesSetBy(String label) {
        this.valuesSetBy = label;
        return this;
    }

    /** The customer company was made in this transaction: it cannot be anybody's customer yet, so the pair is not looked up. */
    public RelationshipStart newCompany() {
        this.newCompany = true;
        return this;
    }

    /**
     * What a caller hears when the vendor has this customer already; by default the vendor's words
     * ({@link AlreadyLinkedException}), a customer's person is told otherwise.
     */
    public RelationshipStart refusingConnectedPairWith(Supplier<? extends BusinessException> refusal) {
        this.connectedRefusal = Objects.requireNonNull(refusal);
        return this;
    }

    /** Another unique constraint written in the same transaction (a new person's e-mail address, say), and its refusal. */
    public RelationshipStart refusingUniqueWith(String constraint, Supplier<? extends BusinessException> refusal) {
        otherUniqueRefusals.put(constraint, refusal);
        return this;
    }

    /** The refusal when the vendor has this customer already. */
    BusinessException alreadyConnected() {
        return connectedRefusal.get();
    }

    /**
     * What the unique constraint a concurrent writer met first stands for: the pair (connected meanwhile), the
     * number (taken meanwhile), or one the path named; empty for any other.
     */
    Optional<BusinessException> refusalFor(String constraint) {
        if (CustomerRelationships.PAIR_UNIQUE_INDEX.equals(constraint)) {
            return Optional.of(alreadyConnected());
        }
        if (CustomerNumbers.UNIQUE_INDEX.equals(constraint)) {
            return Optional.of(CustomerNumbers.takenMeanwhile(customerNumber));
        }
        return Optional.ofNullable(otherUniqueRefusals.get(constraint)).map(Supplier::get);
    }
}
