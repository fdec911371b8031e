package com.clientbook.web.order;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.order.OrderLineInput;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.order.ReaderZone;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /customer/order-details.xhtml?id=…}: one of the company's orders; until its deadline the customer changes its
 * lines (quantities, removing lines, adding products not on it yet) and note or cancels it. Every change carries the
 * version shown, so a change over someone else's newer one is refused and the page shows what stands. Another company's order, or a malformed id, is "not found" (404).
 */
@Named
@ViewScoped
public class MyOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "detailsForm";
    static final String LINES = FORM + ":lines";

    @Inject
    OrderService orders;

    @Inject
    ReaderZone readerZone;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    ProductService products;

    private String id;
    private OrderView order;
    private ZoneId zone = ZoneId.of("UTC");
    private List<OrderLineForm> lines = new ArrayList<>();
    private String note;
    private final ProductFinder finder = new ProductFinder();

    public void open() {
        Optional<Long> orderId = OrderFormBacking.id(id);
        if (orderId.isEmpty()) {
            NotFoundResponse.send();
            return;
        }
        try {
            show(orders.get(currentUser.actor(), orderId.get()));
        } catch (NotFoundException e) {
            NotFoundResponse.send();
        }
    }

    private void show(OrderView shown) {
        order = shown;
        zone = readerZone.of(currentUser.actor(), shown.vendorId());
        lines = new ArrayList<>(shown.lines().stream().map(line -> OrderLineForm.of(line, messages.locale())).toList());
        note = shown.note();
        if (shown.changeableByCustomer()) {
            find();
        }
    }

    /**
     * The vendor's products the company sees, by article number or name, to add to the order: the same the order form
     * offers (active, and restricted to no label or to one of the company's).
     */
    public void find() {
        finder.show(products.visibleFromVendor(currentUser.actor(), order.vendorId(), finder.text(), 0, OrderFormBacking.FOUND));
    }

    /** A product not on the order yet becomes a line, quantity 1; it is stored with the next Save changes. */
    public void add(ProductView product) {
        OrderLineForm.addTo(lines, product);
    }

    public void remove(OrderLineForm line) {
        lines.remove(line);
    }

    /** Saves the lines and note from the version shown. */
    public void save() {
        Optional<List<OrderLineInput>> input = OrderLineEntries.inputs(lines, LINES, messages, validation);
        if (input.isEmpty()) {
            return;
        }
        try {
            show(orders.change(currentUser.actor(), order.id(), input.get(), note, order.version()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(clientId(error.field()), messages.text(error)));
            return;
        } catch (BusinessException e) {
            refused(e);
            return;
        }
        messages.notice("ordering.changed", String.valueOf(order.number()));
    }

    public void cancel() {
        try {
            show(orders.cancel(currentUser.actor(), order.id(), null, order.version()));
        } catch (BusinessException e) {
            refused(e);
            return;
        }
        messages.notice("ordering.cancelled", String.valueOf(order.number()));
    }

    /**
     * A change that came too late or over a newer one: said at the top, and the order shown as it stands now. A rule
     * about a line (a product no longer available) stays at that line, with the lines as typed.
     */
    private void refused(BusinessException e) {
        String at = clientId(e.field());
        if (at != null) {
            messages.error(at, e);
            return;
        }
        if (e instanceof ConcurrentChangeException) {
            messages.errorText(null, messages.text("ordering.changedMeanwhile"));
        } else {
            messages.errorText(null, messages.text(e.messageKey(), e.arguments()));
        }
        try {
            show(orders.get(currentUser.actor(), order.id()));
        } catch (NotFoundException gone) {
            order = null;
        }
    }

    private String clientId(String field) {
        return OrderLineEntries.clientId(field, FORM, LINES, List.of("note"));
    }

    public OrderView getOrder() {
        return order;
    }

    public ZoneId zone() {
        return zone;
    }

    public String getZoneId() {
        return zone.getId();
    }

    public List<OrderLineForm> getLines() {
        return lines;
    }

    public ProductFinder getFinder() {
        return finder;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
