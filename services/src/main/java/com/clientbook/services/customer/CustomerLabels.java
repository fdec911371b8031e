package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.InvalidInputException;

import java.util.Collection;
import java.util.List;

/** The one place that turns labels the vendor typed into labels to store, or into an error at the field "labels". */
final class CustomerLabels {

    static final String FIELD = "labels";

    private CustomerLabels() {
    }

    static List<String> normalize(Collection<String> labels) {
        try {
            return CustomerRelationship.normalizeLabels(labels);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(FIELD, e.getMessage() + ".")));
        }
    }
}
