package com.clientbook.persistence.imports;

/**
 * A row still to do, with what the database knows about it now: the vendor's customer that has the row's customer
 * number, the company the row's e-mail address belongs to (through a company or a person; a vendor first), and
 * whether that company is the vendor's customer already.
 *
 * @param numberRelationshipId the vendor's customer with this number, or {@code null}
 * @param numberCompanyName    that customer's company name
 * @param emailCompanyId       the company of the row's e-mail address, or {@code null}
 * @param emailCompanyVendor   whether that company is a vendor
 * @param emailRelationshipId  the vendor's customer relationship with that company, or {@code null}
 */
public record RowInContext(StagedRow row, Long numberRelationshipId, Long numberCompanyId, String numberCompanyName,
                           Long emailCompanyId, boolean emailCompanyVendor, Long emailRelationshipId) {
}
