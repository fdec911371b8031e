package com.clientbook.web.product;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The vendor's products one page at a time, by name, searched and filtered above the table; the database pages. */
public class ProductListModel extends LazyDataModel<ProductView> {

    private static final long serialVersionUID = 1L;

    private final ProductService products;
    private final CurrentUser currentUser;
    private final Supplier<String> search;
    private final Supplier<Boolean> active;

    ProductListModel(ProductService products, CurrentUser currentUser, Supplier<String> search, Supplier<Boolean> active) {
        this.products = products;
        this.currentUser = currentUser;
        this.search = search;
        this.active = active;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) products.page(currentUser.actor(), search.get(), active.get(), 0, 1).totalItems();
    }

    @Override
    public List<ProductView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, ProductService.MAX_PAGE_SIZE);
        Page<ProductView> page = products.page(currentUser.actor(), search.get(), active.get(), first / size, size);
        setRowCount((int) page.totalItems());
        return page.items();
    }

    @Override
    public String getRowKey(ProductView product) {
        return String.valueOf(product.id());
    }

    @Override
    public ProductView getRowData(String rowKey) {
        return getWrappedData().stream().filter(p -> Objects.equals(getRowKey(p), rowKey)).findFirst().orElse(null);
    }
}
