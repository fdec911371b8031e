package com.clientbook.services.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a vendor searches existing customer companies by: an exact e-mail address, or a name that may be only
 * similar. Exactly one of the two.
 */
public record CompanySearch(String email, String name) {

    /** Fewer letters than this match too much to be of use, and cost the trigram index the most. */
    public static final int NAME_MIN = 3;

    public CompanySearch {
        email = Text.trimToNull(email);
        name = Text.trimToNull(name);
    }

    public static CompanySearch byEmail(String email) {
        return new CompanySearch(email, null);
    }

    public static CompanySearch byName(String name) {
        return new CompanySearch(null, name);
    }

    /** Refuses a search without a term, with both, or with a name too short or too long to search by. */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if ((email == null) == (name == null)) {
            String message = "Search by either email or name: give exactly one of them.";
            errors.add(new FieldError("email", message));
            errors.add(new FieldError("name", message));
        } else if (email != null && email.length() > Company.EMAIL_MAX) {
            errors.add(new FieldError("email", "An e-mail address has at most " + Company.EMAIL_MAX + " characters."));
        } else if (name != null && (name.length() < NAME_MIN || name.length() > Company.NAME_MAX)) {
            errors.add(new FieldError("name", "Search by a name of " + NAME_MIN + " to " + Company.NAME_MAX + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
