package com.clientbook.web.product;

import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.product.ProductInput;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
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
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /vendor/products.xhtml}: the vendor's products, searched by article number or name and filtered by active,
 * paged by the database; the add/edit dialog; deactivate and reactivate from the row. Every change carries the version
 * read, so an edit over someone else's newer one is refused with a message instead of overwriting it.
 */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "productForm";
    static final FormFields FIELDS = FormFields.of(FORM, "articleNumber", "name", "unit", "packSize", "price", "currency",
            "restrictedToLabel");
    private static final String ALL = "ALL";

    @Inject
    ProductService products;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private ProductListModel list;
    private String search;
    private String status = ALL;
    private ProductForm form = new ProductForm();
    private List<String> labelChoices = List.of();

    @PostConstruct
    void init() {
        list = new ProductListModel(products, currentUser, () -> search, this::activeFilter);
    }

    private Boolean activeFilter() {
        return ALL.equals(status) ? null : Boolean.valueOf("ACTIVE".equals(status));
    }

    public void startAdding() {
        form = new ProductForm();
        labelChoices = products.labelChoices(currentUser.actor());
    }

    public void startEditing(ProductView product) {
        try {
            form = ProductForm.of(products.get(currentUser.actor(), product.id()), messages.locale());
            labelChoices = products.labelChoices(currentUser.actor());
        } catch (NotFoundException e) {
            messages.refusal(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Saves the dialog: each problem at its field and nothing saved, or the product saved and the dialog closed. */
    public void save() {
        boolean unreadable = false;
        if (form.packSizeUnreadable()) {
            messages.error(FIELDS.clientId("packSize"), "product.numberUnreadable");
            unreadable = true;
        }
        if (form.priceUnreadable()) {
            messages.error(FIELDS.clientId("price"), "product.numberUnreadable");
            unreadable = true;
        }
        if (unreadable) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ProductInput input = form.toInput();
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        try {
            ProductView saved = form.isNew() ? products.create(currentUser.actor(), input)
                    : products.change(currentUser.actor(), form.getId(), input, form.version());
            messages.notice(form.isNew() ? "products.created" : "products.saved", saved.articleNumber());
            PrimeFaces.current().executeScript("PF('productDialog').hide()");
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
        } catch (ConcurrentChangeException | NotFoundException e) {
            messages.error(null, e);
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
        }
    }

    public void deactivate(ProductView product) {
        setActive(product, false);
    }

    public void reactivate(ProductView product) {
        setActive(product, true);
    }

    private void setActive(ProductView product, boolean active) {
        try {
            ProductView changed = active ? products.reactivate(currentUser.actor(), product.id(), product.version())
                    : products.deactivate(currentUser.actor(), product.id(), product.version());
            messages.notice(active ? "products.reactivated" : "products.deactivated", changed.articleNumber());
        } catch (BusinessException e) {
            messages.refusal(e);
        }
    }

    /** "6 × bottle", in the reader's language. */
    public String pack(ProductView product) {
        return messages.text("products.pack", number(product.packSize(), 0), unitName(product.unit()));
    }

    /** "9,50 EUR" in German, "9.50 EUR" in English; empty without a price. */
    public String price(ProductView product) {
        return product.price() == null ? "" : number(product.price(), 2) + " " + product.currency();
    }

    private String number(BigDecimal value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    public String unitName(ProductUnit unit) {
        return messages.text("product.unit." + unit.name());
    }

    public List<SelectItem> getUnitChoices() {
        return Arrays.stream(ProductUnit.values()).map(unit -> new SelectItem(unit, unitName(unit))).toList();
    }

    /** "All customers" and each of the vendor's labels. */
    public List<SelectItem> getLabelItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", messages.text("products.visibleToAll")));
        labelChoices.forEach(label -> items.add(new SelectItem(label, label)));
        String current = form.getRestrictedToLabel();
        if (current != null && !current.isBlank() && labelChoices.stream().noneMatch(current::equalsIgnoreCase)) {
            items.add(new SelectItem(current, current));
        }
        return items;
    }

    public List<SelectItem> getStatusChoices() {
        return List.of(new SelectItem(ALL, messages.text("products.status.all")),
                new SelectItem("ACTIVE", messages.text("products.status.active")),
                new SelectItem("INACTIVE", messages.text("products.status.inactive")));
    }

    public ProductListModel getList() {
        return list;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? ALL : status;
    }

    public ProductForm getForm() {
        return form;
    }
}
