package com.clientbook.domain.imports;

/** What an import does (or, in a dry run, would do) with one row of the file. */
public enum RowAction {
    /** A new customer company, its first person and the relationship. */
    CREATE,
    /** An existing customer company with the row's e-mail address becomes the vendor's customer. */
    LINK,
    /** The vendor's customer gets the row's number, labels and (where still the vendor's to correct) company values. */
    UPDATE,
    /** The vendor's customer has everything the row says already. */
    UNCHANGED,
    /** The row is refused, with a reason. */
    ERROR
}
