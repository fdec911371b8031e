package com.clientbook.services.reconciliation;

import java.util.List;

/** A file's header and the mapping of its columns offered first. */
public record ColumnChoice(List<String> header, ErpColumns columns) {
}
