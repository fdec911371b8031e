package com.clientbook.domain.reconciliation;

/** What a reconciliation found, per row of the ERP's file or per customer in Clientbook (docs/product-rules.md). */
public enum FindingKind {
    /** The file's number is a customer's number in Clientbook; the finding says which fields differ. */
    MATCHED,
    /** The file's number is no customer's in Clientbook: a customer to add (through the import). */
    ERP_ONLY,
    /** A customer in Clientbook without a customer number. */
    NO_NUMBER,
    /** A customer number in Clientbook that the file does not have. */
    UNKNOWN_NUMBER,
    /** One number on several rows of the file: one number for two companies. */
    NUMBER_CLASH,
    /** A row whose company Clientbook knows (same e-mail) under another number: one company with two numbers. */
    COMPANY_CLASH,
    /** A probable match of a customer without number and a row whose number Clientbook does not know. */
    PROPOSAL
}
