package com.clientbook.web.product;

import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.product.ProductInput;
import com.clientbook.services.product.ProductView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A product as typed in the dialog. Pack size and price are typed as text, with a decimal point or a comma ("2,5" as
 * German writes it, "2.5"); one that is no number stays as typed and is named at its field.
 */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String articleNumber;
    private String name;
    private ProductUnit unit = ProductUnit.PIECE;
    private String packSize = "1";
    private String price;
    private String currency;
    private String restrictedToLabel;
    private boolean active = true;

    static ProductForm of(ProductView product, Locale locale) {
        ProductForm form = new ProductForm();
        form.id = product.id();
        form.version = product.version();
        form.articleNumber = product.articleNumber();
        form.name = product.name();
        form.unit = product.unit();
        form.packSize = typed(product.packSize(), locale);
        form.price = product.price() == null ? null : typed(product.price(), locale);
        form.currency = product.currency();
        form.restrictedToLabel = product.restrictedToLabel();
        form.active = product.active();
        return form;
    }

    /** A number as the reader writes it: 2,5 in German, 2.5 in English. */
    private static String typed(BigDecimal number, Locale locale) {
        String plain = number.toPlainString();
        return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** The typed number, or {@code null} when nothing was typed; refuses text that is no number. */
    public static BigDecimal number(String typed) {
        String text = Text.trimToNull(typed);
        if (text == null) {
            return null;
        }
        String normalized = text.replace(" ", "").replace("\u00a0", "");
        if (normalized.contains(",") && !normalized.contains(".")) {
            normalized = normalized.replace(',', '.');
        }
        if (!normalized.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(normalized);
    }

    boolean packSizeUnreadable() {
        return unreadable(packSize);
    }

    boolean priceUnreadable() {
        return unreadable(price);
    }

    private static boolean unreadable(String typed) {
        try {
            number(typed);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    ProductInput toInput() {
        return new ProductInput(articleNumber, name, unit, number(packSize), number(price), currency,
                Text.trimToNull(restrictedToLabel), active);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    public String getArticleNumber() {
        return articleNumber;
    }

    public void setArticleNumber(String articleNumber) {
        this.articleNumber = articleNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProductUnit getUnit() {
        return unit;
    }

    public void setUnit(ProductUnit unit) {
        this.unit = unit;
    }

    public String getPackSize() {
        return packSize;
    }

    public void setPackSize(String packSize) {
        this.packSize = packSize;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getRestrictedToLabel() {
        return restrictedToLabel;
    }

    public void setRestrictedToLabel(String restrictedToLabel) {
        this.restrictedToLabel = restrictedToLabel;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
