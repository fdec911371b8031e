package com.clientbook.web.order;

import com.clientbook.domain.shared.Page;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.product.ProductView;

import java.io.Serializable;
import java.util.List;

/**
 * The product search of an order's form (placing one, or changing one): what was typed, the first products found and
 * whether there are more. The form's bean asks the services and shows their page here; the page reads it through
 * {@code WEB-INF/includes/product-finder.xhtml}.
 */
public class ProductFinder implements Serializable {

    private static final long serialVersionUID = 1L;

    private String search;
    private List<ProductView> found = List.of();
    private long total;

    /** What was typed, trimmed; {@code null} for nothing (every product, the best first). */
    String text() {
        return Text.trimToNull(search);
    }

    void show(Page<ProductView> page) {
        found = page.items();
        total = page.totalItems();
    }

    void clear() {
        found = List.of();
        total = 0;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<ProductView> getFound() {
        return found;
    }

    public boolean isMoreFound() {
        return total > found.size();
    }
}
