package com.clientbook.services.customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to one customer, as a merge patch has it: each part is either changed or left as it is.
 * {@code customerNumber} {@code null} or blank clears the number (when {@code changesNumber}); {@code labels}
 * replaces all labels (an empty list removes them), {@code null} leaves them. {@code company} holds the parts of the
 * company's data the vendor corrects (named as in {@link CompanyCorrection#FIELDS}; a {@code null} value clears the
 * part), allowed only while the vendor may correct them (product rules 9). {@code customFields} sets the vendor's
 * custom fields named by key, as wire values ({@link com.clientbook.domain.customfield.CustomFieldValues}; a
 * {@code null} value clears the field); fields not named stay.
 */
public record CustomerPatch(boolean changesNumber, String customerNumber, List<String> labels, Map<String, String> company,
                            Map<String, Object> customFields) {

    public CustomerPatch {
        company = company == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(company));
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    public CustomerPatch(boolean changesNumber, String customerNumber, List<String> labels, Map<String, String> company) {
        this(changesNumber, customerNumber, labels, company, Map.of());
    }

    public CustomerPatch(boolean changesNumber, String customerNumber, List<String> labels) {
        this(changesNumber, customerNumber, labels, Map.of());
    }

    public static CustomerPatch nothing() {
        return new CustomerPatch(false, null, null);
    }

    public CustomerPatch withCustomerNumber(String number) {
        return new CustomerPatch(true, number, labels, company, customFields);
    }

    public CustomerPatch withLabels(List<String> newLabels) {
        return new CustomerPatch(changesNumber, customerNumber, newLabels, company, customFields);
    }

    /** The patch with one part of the company's data set ({@code null} clears it). */
    public CustomerPatch withCompanyValue(String field, String value) {
        if (!CompanyCorrection.FIELDS.contains(field)) {
            throw new IllegalArgumentException("Not a part of a customer company's data: " + field);
        }
        Map<String, String> parts = new LinkedHashMap<>(company);
        parts.put(field, value);
        return new CustomerPatch(changesNumber, customerNumber, labels, parts, customFields);
    }

    /** The patch with these custom fields set (by key; a {@code null} value clears one). */
    public CustomerPatch withCustomFields(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>(customFields);
        all.putAll(values);
        return new CustomerPatch(changesNumber, customerNumber, labels, company, all);
    }

    public boolean changesCustomFields() {
        return !customFields.isEmpty();
    }

    public boolean changesLabels() {
        return labels != null;
    }

    public boolean changesCompany() {
        return !company.isEmpty();
    }
}
