package com.clientbook.services.settings;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.persistence.user.UserSettingRepository;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a signed-in person chose for their pages, remembered across sign-ins and browsers. Each person reads and
 * writes only their own settings: the actor's user id is the key. API keys have no person and no settings.
 */
@Stateless
public class UserSettingsService {

    static final String HIDDEN_COLUMNS = "customers.hiddenColumns";
    static final String PAGE_SIZE = "customers.pageSize";

    @Inject
    UserSettingRepository settings;

    @Inject
    Clock clock;

    /** The person's customer list layout; the default for a new person, or where a stored value no longer fits. */
    public CustomerListLayout customerListLayout(Actor actor) {
        if (actor.userId() == null) {
            return CustomerListLayout.DEFAULT;
        }
        Set<String> hidden = settings.find(actor.userId(), HIDDEN_COLUMNS)
                .map(value -> Arrays.stream(value.split(","))
                        .filter(CustomerListLayout.HIDEABLE_COLUMNS::contains)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
        int pageSize = settings.find(actor.userId(), PAGE_SIZE)
                .filter(value -> value.matches("\\d{1,4}"))
                .map(Integer::valueOf)
                .filter(CustomerListLayout.PAGE_SIZES::contains)
                .orElse(CustomerListLayout.DEFAULT.pageSize());
        return new CustomerListLayout(hidden, pageSize);
    }

    /** Keeps the layout for the next visit; refuses, writing nothing, a column or page size the list does not have. */
    public void rememberCustomerListLayout(Actor actor, CustomerListLayout layout) {
        if (actor.userId() == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        layout.hiddenColumns().stream()
                .filter(column -> !CustomerListLayout.HIDEABLE_COLUMNS.contains(column))
                .forEach(column -> errors.add(new FieldError("hiddenColumns", "has no column \"" + column + "\"")));
        if (!CustomerListLayout.PAGE_SIZES.contains(layout.pageSize())) {
            errors.add(new FieldError("pageSize", "must be one of " + CustomerListLayout.PAGE_SIZES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        settings.put(actor.userId(), HIDDEN_COLUMNS, String.join(",", new TreeSet<>(layout.hiddenColumns())), clock.instant());
        settings.put(actor.userId(), PAGE_SIZE, String.valueOf(layout.pageSize()), clock.instant());
    }
}
