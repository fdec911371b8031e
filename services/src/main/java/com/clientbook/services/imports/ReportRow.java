package com.clientbook.services.imports;

import com.clientbook.domain.imports.RowAction;

import java.util.List;

/** A row of an import's report: its original cells, what the import did with it ({@code null}: not done), and why. */
public record ReportRow(int rowNumber, List<String> original, RowAction action, String message) {
}
