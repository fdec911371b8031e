package com.clientbook.web.customer;

import com.clientbook.domain.audit.VendorHistoryQuery;
import com.clientbook.services.customer.VendorHistoryService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.HistoryText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /vendor/history.xhtml}: every change to every customer of the vendor, newest first, filtered by who acted,
 * the kind of change and a period of days (in the server's time zone, as the dates on the pages are shown). Each
 * line is rendered by the customer details page's own methods ({@link CustomerBacking#action},
 * {@link CustomerBacking#change}, {@link CustomerBacking#dateTime}), so both histories read the same.
 */
@Named
@ViewScoped
public class VendorHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String KIND_SEPARATOR = "|";

    @Inject
    VendorHistoryService history;

    @Inject
    CurrentUser currentUser;

    @Inject
    HistoryText historyText;

    private VendorHistoryModel entries;
    private String person;
    /** "ACTION" or "CHANGED|field"; null for any kind. */
    private String kind;
    private LocalDate from;
    private LocalDate until;

    @PostConstruct
    void init() {
        entries = new VendorHistoryModel(history, currentUser, this::query);
    }

    /** The filters as a query; the page and size are the table's. */
    VendorHistoryQuery query() {
        String action = null;
        String field = null;
        if (kind != null && !kind.isBlank()) {
            int separator = kind.indexOf(KIND_SEPARATOR);
            action = separator < 0 ? kind : kind.substring(0, separator);
            field = separator < 0 ? null : kind.substring(separator + 1);
        }
        ZoneId zone = ZoneId.systemDefault();
        return new VendorHistoryQuery(person, action, field, from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), 0, 1);
    }

    /** The kinds of change in this vendor's history, each named as the history names it. */
    public List<SelectItem> getKinds() {
        return history.kinds(currentUser.actor()).stream()
                .map(k -> new SelectItem(k.field() == null ? k.action() : k.action() + KIND_SEPARATOR + k.field(),
                        historyText.action(k.action(), k.field())))
                .toList();
    }

    /** "Apply" or "Reset": the table starts again at its first page. */
    public void reset() {
        person = null;
        kind = null;
        from = null;
        until = null;
    }

    public VendorHistoryModel getEntries() {
        return entries;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
