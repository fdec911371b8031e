package com.clientbook.persistence.customer;

/**
 * What decides where one relationship stands in the vendor's funnel (docs/product-rules.md, "Customer status"), read at
 * one moment: the customer has ordered from the vendor (a row in {@code customer_order}), a person of the customer
 * company has an active account, an invitation about the relationship is pending (not accepted, revoked or expired).
 */
public record FunnelFacts(boolean ordered, boolean registered, boolean invited) {

    /** A relationship nothing has happened to yet: what a customer is the moment it is added. */
    public static final FunnelFacts NONE = new FunnelFacts(false, false, false);
}
