package com.clientbook.web.order;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.HistoryEntry;
import com.clientbook.services.order.OrderLineInput;
import com.clientbook.services.order.OrderLineView;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /vendor/order.xhtml?id=…}: one of the vendor's orders, its lines, note, deadline, route and who placed it;
 * change its lines and note (adding products not on it yet), confirm, cancel (with a reason the customer is told) and
 * mark delivered. Each action carries the version read, so
 * acting on an order someone changed meanwhile shows the conflict and the order as it now stands. Another vendor's
 * order, an unknown and a malformed id answer "not found" (404).
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CANCEL_REASON = "cancelForm:reason:input";
    static final String CHANGE_FORM = "changeForm";
    static final String CHANGE_LINES = CHANGE_FORM + ":lines";

    @Inject
    OrderService orders;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    @Inject
    CustomerDetailsService customerDetails;

    @Inject
    ProductService products;

    @Inject
    LocalizedValidation validation;

    private String idParam;
    private OrderView order;
    private String cancelReason;
    private List<HistoryEntry> history;
    /** The lines and note of the change dialog, as typed. */
    private List<OrderLineForm> lines = new ArrayList<>();
    private String note;
    private final ProductFinder finder = new ProductFinder();

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

    /** Opens the change dialog with the order's lines and note, and the products the customer sees. */
    public void startChanging() {
        lines = new ArrayList<>(order.lines().stream().map(line -> OrderLineForm.of(line, messages.locale())).toList());
        note = order.note();
        finder.setSearch(null);
        find();
    }

    /** The vendor's products this customer sees, by article number or name, to add to the order. */
    public void find() {
        finder.show(products.visibleTo(currentUser.actor(), order.customerId(), finder.text(), 0, OrderFormBacking.FOUND));
    }

    public void add(ProductView product) {
        OrderLineForm.addTo(lines, product);
    }

    public void remove(OrderLineForm line) {
        lines.remove(line);
    }

    /**
     * Saves the dialog's lines and note over the version shown, after the deadline too (the vendor's side may): a
     * refused quantity or product stays in the dialog at its line, a conflict shows the order as it stands now.
     */
    public void saveChanges() {
        Optional<List<OrderLineInput>> input = OrderLineEntries.inputs(lines, CHANGE_LINES, messages, validation);
        if (input.isEmpty()) {
            return;
        }
        try {
            order = orders.change(currentUser.actor(), order.id(), input.get(), note, order.version());
            history = null;
            messages.info(null, "ordering.changed", order.number());
            PrimeFaces.current().executeScript("PF('changeDialog').hide()");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(changeClientId(error.field()), messages.text(error)));
        } catch (ConcurrentChangeException e) {
            changedMeanwhile(e);
            PrimeFaces.current().executeScript("PF('changeDialog').hide()");
        } catch (BusinessException e) {
            String at = changeClientId(e.field());
            if (at != null) {
                messages.error(at, e);
            } else {
                messages.refusal(e);
                PrimeFaces.current().executeScript("PF('changeDialog').hide()");
            }
        }
    }

    private static String changeClientId(String field) {
        return OrderLineEntries.clientId(field, CHANGE_FORM, CHANGE_LINES, List.of("note"));
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
        return dateTimes.dateTime(instant);
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
        return dateTimes.fullDate(day);
    }

    /** The deadline on the vendor's wall clock, or "no deadline". */
    public String deadlineText() {
        LocalDateTime deadline = order.deadlineVendorTime();
        return deadline == null ? messages.text("vendorOrder.noDeadline")
                : dateTimes.dateTime(deadline);
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

    public List<OrderLineForm> getLines() {
        return lines;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ProductFinder getFinder() {
        return finder;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
