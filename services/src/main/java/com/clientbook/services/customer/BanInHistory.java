package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ban as the history stores it: one stable text, "reason (until 2026-12-31, reason shared with the customer)",
 * which the API hands out as it is (docs/api.md) and the pages read back here to show it in the reader's language.
 * Writing and reading live side by side so that they cannot drift apart.
 *
 * @param reason       the vendor's reason
 * @param until        the ban's last day (it still counts), or {@code null} for a ban without end
 * @param reasonShared whether the customer is told the reason
 */
public record BanInHistory(String reason, LocalDate until, boolean reasonShared) {

    private static final String SHARED = "reason shared with the customer";
    private static final Pattern STORED = Pattern.compile(
            "(?s)(.*) \\((?:until (\\d{4}-\\d{2}-\\d{2}))?(?:, )?(" + Pattern.quote(SHARED) + ")?\\)");

    static BanInHistory of(CustomerRelationship.Ban ban) {
        return new BanInHistory(ban.reason(), ban.until(), ban.reasonShared());
    }

    /** The text the history stores. */
    public String stored() {
        StringBuilder text = new StringBuilder(reason);
        if (until != null || reasonShared) {
            text.append(" (");
            if (until != null) {
                text.append("until ").append(until);
            }
            if (reasonShared) {
                text.append(until != null ? ", " : "").append(SHARED);
            }
            text.append(')');
        }
        return text.toString();
    }

    /** The ban a stored text describes; a text without the parenthesis is a reason alone. */
    public static Optional<BanInHistory> read(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher parts = STORED.matcher(stored);
        if (parts.matches() && (parts.group(2) != null || parts.group(3) != null)) {
            try {
                LocalDate until = parts.group(2) == null ? null : LocalDate.parse(parts.group(2));
                return Optional.of(new BanInHistory(parts.group(1), until, parts.group(3) != null));
            } catch (DateTimeParseException notADate) {
                return Optional.of(new BanInHistory(stored, null, false));
            }
        }
        return Optional.of(new BanInHistory(stored, null, false));
    }
}
