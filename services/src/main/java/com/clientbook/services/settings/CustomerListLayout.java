package com.clientbook.services.settings;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a person likes the customer list: which of its columns they hid and how many rows a page shows. The company
 * name is the link to a customer and cannot be hidden.
 */
public record CustomerListLayout(Set<String> hiddenColumns, int pageSize) implements Serializable {

    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    public static final Set<String> HIDEABLE_COLUMNS = Set.of("customerNumber", "city", "status", "labels", "routes", "nextDelivery", "createdAt");
    public static final CustomerListLayout DEFAULT = new CustomerListLayout(Set.of(), PAGE_SIZES.get(0));

    public CustomerListLayout {
        hiddenColumns = Set.copyOf(hiddenColumns);
    }

    public boolean shows(String column) {
        return !hiddenColumns.contains(column);
    }

    public CustomerListLayout withColumn(String column, boolean visible) {
        Set<String> hidden = new TreeSet<>(hiddenColumns);
        if (visible) {
            hidden.remove(column);
        } else {
            hidden.add(column);
        }
        return new CustomerListLayout(hidden, pageSize);
    }

    public CustomerListLayout withPageSize(int rows) {
        return new CustomerListLayout(hiddenColumns, rows);
    }
}
