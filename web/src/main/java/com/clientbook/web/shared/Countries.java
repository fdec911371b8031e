package com.clientbook.web.shared;

import jakarta.faces.model.SelectItem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The countries offered in address forms, named in the person's language and stored as ISO 3166 codes. */
public final class Countries {

    private static final List<String> CODES = List.of("AT", "BE", "CH", "CZ", "DE", "DK", "FR", "IT", "LI", "LU", "NL", "PL");

    private Countries() {
    }

    public static List<SelectItem> choices(Locale locale) {
        return CODES.stream()
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel))
                .toList();
    }
}
