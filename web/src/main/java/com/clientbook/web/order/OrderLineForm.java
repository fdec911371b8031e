package com.clientbook.web.order;

import com.clientbook.services.order.OrderLineView;
import com.clientbook.services.product.ProductView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/** One line of an order as typed: the product it names and the quantity as text ("2,5" in German, "2.5"). */
public class OrderLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final String articleNumber;
    private final String name;
    private final String unit;
    private String quantity;

    OrderLineForm(long productId, String articleNumber, String name, String unit, String quantity) {
        this.productId = productId;
        this.articleNumber = articleNumber;
        this.name = name;
        this.unit = unit;
        this.quantity = quantity;
    }

    static OrderLineForm of(ProductView product) {
        return new OrderLineForm(product.id(), product.articleNumber(), product.name(), product.unit().name(), "1");
    }

    /** Adds a line of the product, quantity 1, unless the lines have one of it already. */
    static void addTo(java.util.List<OrderLineForm> lines, ProductView product) {
        if (lines.stream().noneMatch(line -> line.getProductId() == product.id())) {
            lines.add(of(product));
        }
    }

    static OrderLineForm of(OrderLineView line, Locale locale) {
        return new OrderLineForm(line.productId(), line.articleNumber(), line.productName(), line.unit(),
                typed(line.quantity(), locale));
    }

    /** A number as the reader writes it: 2,5 in German, 2.5 in English. */
    static String typed(BigDecimal number, Locale locale) {
        String plain = number.stripTrailingZeros().toPlainString();
        return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    public long getProductId() {
        return productId;
    }

    public String getArticleNumber() {
        return articleNumber;
    }

    public String getName() {
        return name;
    }

    /** The unit's name (a {@code ProductUnit}), the key of its label {@code product.unit.*}. */
    public String getUnit() {
        return unit;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }
}
