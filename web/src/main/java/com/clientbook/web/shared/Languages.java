package com.clientbook.web.shared;

import jakarta.faces.model.SelectItem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The languages a company or a person can choose, named in the person's language and stored as ISO 639-1 codes. */
public final class Languages {

    private static final List<String> CODES = List.of("cs", "da", "de", "en", "fr", "it", "nl", "pl");

    private Languages() {
    }

    public static List<SelectItem> choices(Locale locale) {
        return CODES.stream()
                .map(code -> new SelectItem(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel))
                .toList();
    }
}
