package com.clientbook.services.reconciliation;

import com.clientbook.domain.reconciliation.ErpRow;
import com.clientbook.services.imports.CustomerFile;

import java.util.ArrayList;
import java.util.List;

/** An ERP's customer list as read by the import's reader: the header, then each row's cells with its row number. */
final class ErpFile {

    private final List<String> header = new ArrayList<>();
    private final List<List<String>> cells = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();

    private ErpFile() {
    }

    /** Reads the whole file; refuses what the import refuses (too big, too many rows, binary, no header). */
    static ErpFile read(byte[] content) {
        ErpFile file = new ErpFile();
        CustomerFile.read(content, new CustomerFile.Rows() {
            @Override
            public void header(List<String> names) {
                file.header.addAll(names);
            }

            @Override
            public void row(int rowNumber, List<String> values) {
                file.rowNumbers.add(rowNumber);
                file.cells.add(values);
            }
        });
        return file;
    }

    List<String> header() {
        return header;
    }

    /** The rows with their five values read through the mapping. */
    List<ErpRow> rows(ErpColumns mapping) {
        List<ErpRow> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            List<String> row = cells.get(i);
            rows.add(new ErpRow(rowNumbers.get(i), row, mapping.value(row, ErpColumns.Field.CUSTOMER_NUMBER),
                    mapping.value(row, ErpColumns.Field.NAME), mapping.value(row, ErpColumns.Field.EMAIL),
                    mapping.value(row, ErpColumns.Field.POSTAL_CODE), mapping.value(row, ErpColumns.Field.CITY)));
        }
        return rows;
    }
}
