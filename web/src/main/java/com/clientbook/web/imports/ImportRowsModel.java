package com.clientbook.web.imports;

import com.clientbook.domain.imports.RowAction;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.imports.ImportService;
import com.clientbook.services.imports.ReportRow;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The rows of one import, a page at a time in file order, with what the import did (or a dry run would do) with each,
 * narrowed to one result when the person chose one: the database pages, however long the file.
 */
public class ImportRowsModel extends LazyDataModel<ReportRow> {

    private static final long serialVersionUID = 1L;

    private final ImportService imports;
    private final CurrentUser currentUser;
    private final long importId;
    private final Supplier<RowAction> result;
    private final Locale locale;

    ImportRowsModel(ImportService imports, CurrentUser currentUser, long importId, Supplier<RowAction> result, Locale locale) {
        this.locale = locale;
        this.imports = imports;
        this.currentUser = currentUser;
        this.importId = importId;
        this.result = result;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) imports.rows(currentUser.actor(), importId, result.get(), 0, 1, locale).totalItems();
    }

    @Override
    public List<ReportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, ImportService.MAX_ROWS_PAGE);
        Page<ReportRow> page = imports.rows(currentUser.actor(), importId, result.get(), first / size, size, locale);
        setRowCount((int) page.totalItems());
        return page.items();
    }

    @Override
    public String getRowKey(ReportRow row) {
        return String.valueOf(row.rowNumber());
    }

    @Override
    public ReportRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }
}
