package com.clientbook.services.apikey;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a change made with an API key names its actor in the history: {@code API key "Demo ERP" (cb_ab12…)}, or
 * {@code Platform API key "…" (…)} for a key of the platform operator. The API hands this text out as it is
 * (docs/api.md); the pages read it back here to say it in the reader's language.
 *
 * @param name     the key's name
 * @param prefix   the first characters of its secret, which identify it without revealing it
 * @param platform whether it is a key of the platform operator
 */
public record ApiKeyActorLabel(String name, String prefix, boolean platform) {

    private static final Pattern STORED = Pattern.compile("(?s)(Platform )?API key \"(.*)\" \\((.*)…\\)");

    /** The text the history stores. */
    public String stored() {
        return (platform ? "Platform " : "") + "API key \"" + name + "\" (" + prefix + "…)";
    }

    /** The key an actor's text names, when it names one; a person's name and address is not. */
    public static Optional<ApiKeyActorLabel> read(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        Matcher parts = STORED.matcher(actor);
        return parts.matches() ? Optional.of(new ApiKeyActorLabel(parts.group(2), parts.group(3), parts.group(1) != null))
                : Optional.empty();
    }
}
