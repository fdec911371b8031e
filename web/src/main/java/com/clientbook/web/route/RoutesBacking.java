package com.clientbook.web.route;

import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteSummary;
import com.clientbook.services.route.RouteView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /vendor/routes.xhtml}: the vendor's current routes, searched by name or code, paged by the database; and the
 * "New route" dialog, which opens the new route's page when saved.
 */
@Named
@ViewScoped
public class RoutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW_FORM = "newRouteForm";
    static final FormFields NEW_FIELDS = FormFields.of(NEW_FORM, "name", "code", "deadlineDaysBefore",
            "deadlineTime", "driverNote");

    @Inject
    RouteService routes;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private RouteListModel list;
    private String search;
    private RouteForm newRoute = new RouteForm();

    @PostConstruct
    void init() {
        list = new RouteListModel(routes, currentUser, () -> search);
    }

    public void startAdding() {
        newRoute = new RouteForm();
    }

    /** Creates the route and opens its page, where stops are added. */
    public String create() {
        RouteView created = RouteSaving.save(newRoute, NEW_FIELDS, messages, validation,
                input -> routes.create(currentUser.actor(), input));
        if (created == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        messages.notice("routes.created", created.name());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/vendor/route?faces-redirect=true&id=" + created.id();
    }

    public String weekdays(RouteSummary route) {
        return RouteWords.weekdays(messages, route.deliveryWeekdays());
    }

    public String deadline(RouteSummary route) {
        return RouteWords.deadline(messages, route.deadlineDaysBefore(), route.deadlineTime());
    }

    public List<SelectItem> getWeekdayChoices() {
        return RouteWords.weekdayChoices(messages);
    }

    public List<SelectItem> getDaysBeforeChoices() {
        return RouteWords.daysBeforeChoices(messages);
    }

    public RouteListModel getList() {
        return list;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public RouteForm getNewRoute() {
        return newRoute;
    }
}
