package com.clientbook.web.customer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.TableExporter;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The customer list's Excel export: PrimeFaces' own, without the table's header facet. PrimeFaces writes that facet's
 * text as a row above the column headers, and the list's header facet holds its search box and the "no customer
 * number yet" box: the export began with the search text or "false" in cell A1 (issue 13). An export starts with the
 * column headers, so a spreadsheet or an ERP reads it as a table. (The CSV exporter writes no header facet.)
 *
 * <p>PrimeFaces 15 ignores {@code p:dataExporter}'s {@code exporter} attribute; a custom exporter is registered under
 * a type name of its own, {@value #XLSX}, which the page names as the exporter's {@code type}.
 */
public final class CustomerListExporters {

    /** The {@code type} of the list's Excel export. */
    public static final String XLSX = "customersxlsx";

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private CustomerListExporters() {
    }

    /** Registers the list's exporter with PrimeFaces, once per application. */
    static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            DataExporters.register(DataTable.class, Xlsx.class, XLSX);
        }
    }

    /** PrimeFaces' Excel (.xlsx) exporter for tables whose header facet holds filters rather than a title. */
    public static class Xlsx extends DataTableExcelXExporter {

        @Override
        protected void addTableFacets(FacesContext context, DataTable table, TableExporter.ColumnType columnType) {
            // the header facet holds the list's filters, not a title
        }

        /** The sheet's name, which PrimeFaces would also take from the header facet. */
        @Override
        public String getSheetName(FacesContext context, UIComponent table, int index) {
            return "customers";
        }
    }
}
