package com.clientbook.services.customer;

import java.util.List;

/**
 * A change to what the vendor keeps on one customer, as a merge patch has it: each part is either changed or left as
 * it is. {@code customerNumber} {@code null} or blank clears the number (when {@code changesNumber}); {@code labels}
 * replaces all labels (an empty list removes them), {@code null} leaves them.
 */
public record CustomerPatch(boolean changesNumber, String customerNumber, List<String> labels) {

    public static CustomerPatch nothing() {
        return new CustomerPatch(false, null, null);
    }

    public CustomerPatch withCustomerNumber(String number) {
        return new CustomerPatch(true, number, labels);
    }

    public CustomerPatch withLabels(List<String> newLabels) {
        return new CustomerPatch(changesNumber, customerNumber, newLabels);
    }

    public boolean changesLabels() {
        return labels != null;
    }
}
