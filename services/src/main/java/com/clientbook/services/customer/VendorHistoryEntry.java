package com.clientbook.services.customer;

import java.io.Serializable;

/**
 * One line of the vendor-wide history: the change as the customer's own history shows it ({@link HistoryEntry}, so
 * both pages render it the same way), and which customer it is about: the relationship's id (which may have been
 * unlinked since) and the customer company's name.
 */
public record VendorHistoryEntry(long id, Long customerId, String customerName, HistoryEntry entry) implements Serializable {
}
