package com.clientbook.web.webhook;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.webhook.WebhookInput;
import com.clientbook.services.webhook.WebhookService;
import com.clientbook.services.webhook.WebhookView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /vendor/webhooks.xhtml}: the vendor's endpoints; the dialog that registers or changes one and shows a new
 * secret once; rotating the secret, sending a test event, deleting; and the Deliveries of the endpoint chosen, each
 * with its attempts, with Resend. A vendor has a handful of endpoints, so the list is read whole.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final FormFields FIELDS = FormFields.of("endpointForm", "url", "description", "events");

    @Inject
    WebhookService webhookService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private List<WebhookRow> endpoints;
    private Long editing;
    private String url;
    private String description;
    private List<String> events = new ArrayList<>();
    private boolean active = true;
    /** A secret just made (new endpoint or rotation), until its dialog is closed: the only time anyone can read it. */
    private String shownSecret;
    private WebhookRow chosen;
    private List<DeliveryRow> deliveries = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    /** Opens the dialog empty, for a new endpoint. */
    public void startCreating() {
        editing = null;
        url = null;
        description = null;
        events = new ArrayList<>(WebhookService.eventTypes());
        active = true;
        shownSecret = null;
    }

    /** Opens the dialog with the endpoint's values. */
    public void startEditing(long endpointId) {
        endpoints.stream().filter(row -> row.getId() == endpointId).findFirst().ifPresent(row -> {
            editing = row.getId();
            url = row.getUrl();
            description = row.getDescription();
            events = new ArrayList<>(row.getEvents());
            active = row.isActive();
            shownSecret = null;
        });
    }

    public void save() {
        WebhookInput input = new WebhookInput(url, description, events, active);
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        try {
            if (editing == null) {
                shownSecret = webhookService.create(currentUser.actor(), input).secret();
            } else {
                WebhookRow row = endpoints.stream().filter(r -> r.getId() == editing).findFirst().orElse(null);
                webhookService.change(currentUser.actor(), editing, input, row == null ? null : row.getVersion());
                PrimeFaces.current().executeScript("PF('endpointDialog').hide()");
                messages.notice("webhooks.saved", url);
            }
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
            return;
        }
        reload();
        PrimeFaces.current().ajax().update("endpointsForm");
    }

    /** The secret's dialog was closed: nobody can read the secret again. */
    public void forgetSecret() {
        shownSecret = null;
    }

    public void rotateSecret(long endpointId) {
        try {
            WebhookView rotated = webhookService.rotateSecret(currentUser.actor(), endpointId);
            editing = rotated.id();
            shownSecret = rotated.secret();
            PrimeFaces.current().ajax().update("endpointForm");
            PrimeFaces.current().executeScript("PF('endpointDialog').show()");
        } catch (BusinessException e) {
            messages.error(null, e);
        }
        reload();
    }

    public void sendTestEvent(long endpointId) {
        try {
            webhookService.sendTestEvent(currentUser.actor(), endpointId);
            messages.notice("webhooks.testQueued");
        } catch (BusinessException e) {
            messages.error(null, e);
        }
        showDeliveries(endpointId);
    }

    public void delete(long endpointId) {
        try {
            webhookService.delete(currentUser.actor(), endpointId, null);
            messages.notice("webhooks.deleted");
            if (chosen != null && chosen.getId() == endpointId) {
                chosen = null;
                deliveries = List.of();
            }
        } catch (BusinessException e) {
            messages.error(null, e);
        }
        reload();
    }

    public void showDeliveries(long endpointId) {
        reload();
        chosen = endpoints.stream().filter(row -> row.getId() == endpointId).findFirst().orElse(null);
        refreshDeliveries();
    }

    public void refreshDeliveries() {
        deliveries = chosen == null ? List.of()
                : webhookService.deliveries(currentUser.actor(), chosen.getId()).stream().map(DeliveryRow::new).toList();
    }

    public void resend(long deliveryId) {
        if (chosen == null) {
            return;
        }
        try {
            webhookService.resend(currentUser.actor(), chosen.getId(), deliveryId);
            messages.notice("webhooks.resendQueued");
        } catch (BusinessException e) {
            messages.error(null, e);
        }
        refreshDeliveries();
    }

    private void reload() {
        endpoints = webhookService.list(currentUser.actor()).stream().map(WebhookRow::new).toList();
    }

    public String dateTime(Instant instant) {
        return dateTimes.dateTimeWithSeconds(instant);
    }

    public List<String> getEventTypes() {
        return WebhookService.eventTypes();
    }

    public List<WebhookRow> getEndpoints() {
        return endpoints;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getShownSecret() {
        return shownSecret;
    }

    public WebhookRow getChosen() {
        return chosen;
    }

    public List<DeliveryRow> getDeliveries() {
        return deliveries;
    }
}
