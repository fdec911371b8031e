package com.clientbook.web.platform;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a vendor form before the services do, in the page's language, and puts every message at its field: the
 * New vendor page and the vendor's details page share the company's fields.
 */
final class VendorFormFields {

    static final String[] COMPANY = {"name", "legalName", "vatId", "street", "postalCode", "city", "country", "phone",
            "email", "website", "language"};
    static final String[] ADMIN = {"adminFirstName", "adminLastName", "adminEmail"};

    private VendorFormFields() {
    }

    static FormFields of(String form, boolean withAdmin) {
        List<String> fields = new ArrayList<>(List.of(COMPANY));
        if (withAdmin) {
            fields.addAll(List.of(ADMIN));
        }
        return FormFields.of(form, fields.toArray(String[]::new));
    }

    /** Whether the inputs pass their rules; every one at fault gets its message. */
    static boolean valid(LocalizedValidation validation, Messages messages, FormFields fields, Locale locale, Object... inputs) {
        boolean valid = true;
        for (Object input : inputs) {
            for (var problem : validation.problems(input, locale)) {
                if (!problem.field().equals("company")) {
                    messages.errorText(fields.clientId(problem.field()), problem.message());
                    valid = false;
                }
            }
        }
        return valid;
    }

    /** The services' refusal, at the field it names (or above the form). */
    static void refused(Messages messages, FormFields fields, BusinessException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.errorText(fields.clientId(error.field()), messages.text(error)));
        } else {
            messages.error(fields.clientId(refusal.field()), refusal);
        }
    }
}
