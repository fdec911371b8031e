package com.clientbook.services.customer;

/**
 * The entries of a customer company's own history of who listed it (docs/product-rules.md rule 7), so that nobody
 * lists a company, reads its contact data and leaves without a trace: each names the vendor, when, and who acted.
 */
public final class VendorLinks {

    /** A vendor started listing the company, by whatever path (linked, added, invitation, access request). */
    public static final String LINKED = "VENDOR_LINKED";
    /** The vendor stopped listing the company (it unlinked it). */
    public static final String UNLINKED = "VENDOR_UNLINKED";
    /** The company disconnected the vendor. */
    public static final String DISCONNECTED = "VENDOR_DISCONNECTED";

    private VendorLinks() {
    }
}
