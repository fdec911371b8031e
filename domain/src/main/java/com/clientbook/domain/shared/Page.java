package com.clientbook.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total the list would have without paging. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, totalItems);
    }
}
