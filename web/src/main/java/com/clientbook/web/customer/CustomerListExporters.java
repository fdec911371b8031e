package com.clientbook.web.customer;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.Exporter;
import org.primefaces.component.export.TableExporter;

/**
 * PrimeFaces' CSV and Excel exporters for the customer list, without the table's header facet. PrimeFaces writes
 * that facet's text as a row above the column headers, and the list's header facet holds its search box and the
 * "no customer number yet" box: the export began with the search text or "false" in cell A1 (issue 13). An export
 * starts with the column headers, so a spreadsheet or an ERP reads it as a table.
 */
final class CustomerListExporters {

    private CustomerListExporters() {
    }

    static Exporter<DataTable> csv() {
        return new DataTableCSVExporter() {
            @Override
            protected void addTableFacets(FacesContext context, DataTable table, TableExporter.ColumnType columnType) {
                // the header facet holds the list's filters, not a title
            }
        };
    }

    static Exporter<DataTable> xlsx() {
        return new DataTableExcelXExporter() {
            @Override
            protected void addTableFacets(FacesContext context, DataTable table, TableExporter.ColumnType columnType) {
                // the header facet holds the list's filters, not a title
            }
        };
    }
}
