package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.InvalidInputException;

import java.util.Collection;
import java.util.List;

/** The one place that turns labels the vendor typed into labels to store, or into an error at the field "labels". */
public final class CustomerLabels {

    /** The field (in input and in the history) that holds a customer's labels. */
    public static final String FIELD = "labels";

    private CustomerLabels() {
    }

    public static List<String> normalize(Collection<String> labels) {
        try {
            return CustomerRelationship.normalizeLabels(labels);
        } catch (IllegalArgumentException e) {
            boolean tooLong = labels.stream().anyMatch(l -> l != null && l.strip().length() > CustomerRelationship.LABEL_MAX);
            throw new InvalidInputException(List.of(tooLong
                    ? InvalidInputException.FieldError.worded(FIELD, "field.error.labelTooLong", e.getMessage() + ".",
                            String.valueOf(CustomerRelationship.LABEL_MAX))
                    : InvalidInputException.FieldError.worded(FIELD, "field.error.tooManyLabels", e.getMessage() + ".",
                            String.valueOf(CustomerRelationship.LABELS_MAX))));
        }
    }
}
