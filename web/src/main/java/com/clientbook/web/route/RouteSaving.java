package com.clientbook.web.route;

import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.route.RouteInput;
import com.clientbook.services.route.RouteView;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;

/** Saving a typed route, shared by the new-route dialog and the route's page: each problem at its field, nothing saved. */
final class RouteSaving {

    private RouteSaving() {
    }

    interface Save {
        RouteView apply(RouteInput input);
    }

    /** The saved route, or {@code null} with the problems shown at their fields. */
    static RouteView save(RouteForm form, FormFields fields, Messages messages, LocalizedValidation validation, Save save) {
        if (form.timeUnreadable()) {
            messages.error(fields.clientId("deadlineTime"), "route.deadline.timeUnreadable");
            return null;
        }
        RouteInput input = form.toInput();
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(fields.clientId(p.field()), p.message()));
            return null;
        }
        try {
            return save.apply(input);
        } catch (InvalidInputException e) {
            messages.fieldErrors(fields, e);
        } catch (ConflictException e) {
            messages.refused(fields, e);
        }
        return null;
    }
}
