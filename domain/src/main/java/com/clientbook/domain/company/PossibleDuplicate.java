package com.clientbook.domain.company;

/**
 * An existing customer company that may be the one a vendor is about to add again (docs/product-rules.md rule 1):
 * enough to recognise it and to link it, nothing more (rule 4), plus whether it is this vendor's customer already, so
 * the page offers linking only where it can work. {@code id} is for the server only; {@code publicId} names it in a
 * search-hit handle.
 */
public record PossibleDuplicate(long id, String publicId, String name, String postalCode, String city,
                                boolean alreadyYourCustomer) {
}
