package com.clientbook.domain.company;

/**
 * A customer company as a vendor sees it while searching for one to link: enough to recognise it and to tell
 * look-alikes apart (street, whether anybody of it uses Clientbook), nothing more. No e-mail address, phone or other
 * vendors' customer numbers, because the vendor has no relationship with it yet (docs/product-rules.md rules 4 and 11).
 * When it is this vendor's customer already, {@code yourCustomer} says so, with the vendor's own customer number.
 *
 * @param id          the sequential key, for the server only; the API and the pages' state never show it
 * @param publicId    what a handle names the company by
 * @param hasPeople   somebody of the company has an active account on Clientbook
 * @param yourCustomer the searching vendor has this customer already
 * @param yourCustomerNumber that vendor's customer number for it, if any
 */
public record CompanySearchHit(long id, String publicId, String name, String street, String postalCode, String city,
                               boolean hasPeople, boolean yourCustomer, String yourCustomerNumber) {
}
