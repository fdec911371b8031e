package com.clientbook.services.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the history names the changes an import made: who started it, its number and its file, as
 * {@code Anna Admin <anna@…> (import 12: customers.csv)}, at most 300 characters (a long file name is cut with
 * "...)"). The API hands this text out as it is (docs/api.md); the pages read it back here to say it in the
 * reader's language.
 *
 * @param startedBy who started the import, as their actor label
 * @param importId  the import's number
 * @param fileName  the file's name
 */
public record ImportActorLabel(String startedBy, long importId, String fileName) {

    private static final int MAX = 300;
    private static final Pattern STORED = Pattern.compile("(?s)(.*) \\(import (\\d+): (.*)\\)");

    /** The text the history stores. */
    public String stored() {
        String actor = startedBy + " (import " + importId + ": " + fileName + ")";
        return actor.length() > MAX ? actor.substring(0, MAX - 3) + "...)" : actor;
    }

    /** The import an actor's text names, when it names one. */
    public static Optional<ImportActorLabel> read(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        Matcher parts = STORED.matcher(actor);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ImportActorLabel(parts.group(1), Long.parseLong(parts.group(2)), parts.group(3)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
