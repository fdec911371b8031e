package com.clientbook.web.api;

import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.Text;

import java.util.List;

/**
 * {@code ?page=&size=} of a list as every list reads them: page from 0, size 1 to the list's largest (larger sizes are
 * lowered by the service); a value that is no whole number, or out of range, is named in {@code errors}.
 */
public record Paging(int page, int size) {

    public static Paging of(String page, String size, int defaultSize, int maxSize, List<FieldError> errors) {
        int pageNumber = number("page", page, 0, errors);
        int pageSize = number("size", size, defaultSize, errors);
        if (pageNumber < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (pageSize < 1) {
            errors.add(new FieldError("size", "must be between 1 and " + maxSize));
        }
        if ((long) pageNumber * Math.min(Math.max(pageSize, 1), maxSize) > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "is beyond the end of any list"));
        }
        return new Paging(pageNumber, pageSize);
    }

    /** {@code true} or {@code false} in any case, or null when not given; anything else is named in {@code errors}. */
    public static Boolean flag(String field, String value, List<FieldError> errors) {
        String text = Text.trimToNull(value);
        if (text == null) {
            return null;
        }
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            errors.add(new FieldError(field, "must be true or false"));
            return null;
        }
        return Boolean.valueOf(text.equalsIgnoreCase("true"));
    }

    private static int number(String field, String value, int absent, List<FieldError> errors) {
        String text = Text.trimToNull(value);
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return absent;
        }
    }
}
