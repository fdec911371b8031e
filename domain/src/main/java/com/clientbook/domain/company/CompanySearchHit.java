package com.clientbook.domain.company;

/**
 * A customer company as a vendor sees it while searching for one to link: enough to recognise it, nothing
 * more. No e-mail address, phone or customer number, because the vendor has no relationship with it yet
 * (docs/product-rules.md rule 4).
 */
public record CompanySearchHit(long id, String name, String postalCode, String city) {
}
