package com.clientbook.web.order;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.HistoryEntry;
import com.clientbook.services.order.OrderLineView;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /vendor/order.xhtml?id=…}: one of the vendor's orders, its lines, note, deadline, route and who placed it;
 * confirm, cancel (with a reason the customer is told) and mark delivered. Each action carries the version read, so
 * acting on an order someone changed meanwhile shows the conflict and the order as it now stands. Another vendor's
 * order, an unknown and a malformed id answer "not found" (404).
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CANCEL_REASON = "cancelForm:reason:input";

    @Inject
    OrderService orders;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    CustomerDetailsService customerDetails;

    private String idParam;
    private OrderView order;
    private String cancelReason;
    private List<HistoryEntry> history;

    public void open() {
        long id;
        try {
            id = Long.parseLong(String.valueOf(idParam).strip());
        } catch (NumberFormatException e) {
            NotFoundResponse.send();
            return;
        }
        try {
            order = orders.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            NotFoundResponse.send();
        }
    }

    public void confirm() {
        act(() -> orders.confirm(currentUser.actor(), order.id(), order.version()), "vendorOrder.confirmed");
    }

    public void deliver() {
        act(() -> orders.deliver(currentUser.actor(), order.id(), order.version()), "vendorOrder.delivered");
    }

    public void startCancelling() {
        cancelReason = null;
    }

    /** Cancels with the reason; a refused reason stays in the dialog at its field. */
    public void cancel() {
        try {
            order = orders.cancel(currentUser.actor(), order.id(), cancelReason, order.version());
            history = null;
            messages.info(null, "vendorOrder.cancelled", order.number());
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
        } catch (InvalidInputException e) {
            messages.fieldErrorsAt(CANCEL_REASON, e);
        } catch (ConcurrentChangeException e) {
            changedMeanwhile(e);
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
        } catch (BusinessException e) {
            messages.refusal(e);
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
        }
    }

    private void act(Supplier<OrderView> action, String done) {
        try {
            order = action.get();
            history = null;
            messages.info(null, done, order.number());
        } catch (ConcurrentChangeException e) {
            changedMeanwhile(e);
        } catch (NotFoundException e) {
            NotFoundResponse.send();
        } catch (BusinessException e) {
            messages.refusal(e);
        }
    }

    /** Says so and shows the order as it stands now. */
    private void changedMeanwhile(ConcurrentChangeException e) {
        messages.refusal(e);
        order = orders.get(currentUser.actor(), order.id());
    }

    /**
     * The customer's history lines about this order (placed, changed, cancelled, delivered), newest first: those whose
     * value names it, as "Order 17 …" or "Order 17: …".
     */
    public List<HistoryEntry> getHistory() {
        if (history == null) {
            String named = "Order " + order.number();
            history = customerDetails.history(currentUser.actor(), order.customerId()).stream()
                    .filter(entry -> "order".equals(entry.field()) && (names(entry.newValue(), named) || names(entry.oldValue(), named)))
                    .toList();
        }
        return history;
    }

    private static boolean names(String value, String named) {
        return value != null && value.startsWith(named) && (value.length() == named.length()
                || value.charAt(named.length()) == ' ' || value.charAt(named.length()) == ':');
    }

    public String dateTime(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public boolean isConfirmable() {
        return order.status() == com.clientbook.domain.order.OrderStatus.PLACED;
    }

    /** Placed or confirmed: it can still be delivered or cancelled. */
    public boolean isUnfinished() {
        return order.status() == com.clientbook.domain.order.OrderStatus.PLACED
                || order.status() == com.clientbook.domain.order.OrderStatus.CONFIRMED;
    }

    public String statusText() {
        return messages.text(OrderText.statusKey(order.status()));
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale()).format(day);
    }

    /** The deadline on the vendor's wall clock, or "no deadline". */
    public String deadlineText() {
        LocalDateTime deadline = order.deadlineVendorTime();
        return deadline == null ? messages.text("vendorOrder.noDeadline")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale())
                .format(deadline);
    }

    public String placedAtText() {
        return dateTime(order.placedAt());
    }

    public String quantity(OrderLineView line) {
        return OrderWords.quantity(line.quantity(), messages);
    }

    public String unit(OrderLineView line) {
        return OrderWords.unit(line.unit(), messages);
    }

    public OrderView getOrder() {
        return order;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
