package com.clientbook.services.customer;

import com.clientbook.domain.shared.ConflictException;

/** The vendor already uses this customer number for another customer. */
public class CustomerNumberTakenException extends ConflictException {

    public CustomerNumberTakenException(String customerNumber, String holder) {
        super("customer.numberTaken", "customerNumber",
                "Customer number " + customerNumber + " is already used for " + holder + ".", customerNumber, holder);
    }
}
