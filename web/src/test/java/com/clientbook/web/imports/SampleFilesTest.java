package com.clientbook.web.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ProductColumns;
import com.clientbook.services.imports.ProductRow;
import com.clientbook.services.imports.ScheduleColumns;
import com.clientbook.services.imports.ScheduleRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schedule and product sample files read back as their imports read them, every row without an error. */
class SampleFilesTest {

    @Test
    void theScheduleSamplesRowsAllRead() {
        for (byte[] file : List.of(SampleFiles.csv(ImportKind.SCHEDULES), SampleFiles.xlsx(ImportKind.SCHEDULES))) {
            List<ScheduleRow> rows = new ArrayList<>();
            CustomerFile.read(file, new CustomerFile.Rows() {
                private ScheduleColumns columns;

                @Override
                public void header(List<String> names) {
                    columns = ScheduleColumns.of(names);
                }

                @Override
                public void row(int rowNumber, List<String> values) {
                    rows.add(ScheduleRow.of(rowNumber, values, columns));
                }
            });
            assertEquals(5, rows.size());
            rows.forEach(row -> assertTrue(row.valid(), row.rowNumber() + ": " + row.error()));
            assertEquals("customer number*", SampleFiles.header(ImportKind.SCHEDULES).get(0));
        }
    }

    @Test
    void theProductSamplesRowsAllRead() {
        for (byte[] file : List.of(SampleFiles.csv(ImportKind.PRODUCTS), SampleFiles.xlsx(ImportKind.PRODUCTS))) {
            List<ProductRow> rows = new ArrayList<>();
            CustomerFile.read(file, new CustomerFile.Rows() {
                private ProductColumns columns;

                @Override
                public void header(List<String> names) {
                    columns = ProductColumns.of(names);
                }

                @Override
                public void row(int rowNumber, List<String> values) {
                    rows.add(ProductRow.of(rowNumber, values, columns));
                }
            });
            assertEquals(4, rows.size());
            rows.forEach(row -> assertTrue(row.valid(), row.rowNumber() + ": " + row.error()));
            assertEquals("article number*", SampleFiles.header(ImportKind.PRODUCTS).get(0));
        }
    }
}
