package com.clientbook.web.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.services.imports.ImportColumns;
import com.clientbook.services.imports.ProductColumns;
import com.clientbook.services.imports.ScheduleColumns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The sample import files, as CSV and as Excel: the header with every column an import of that kind reads, and example
 * rows. The schedule sample shows WEGOTRADE's cases: two rows giving one location two delivery days every two weeks,
 * "Friday for Monday", a list of days in one cell, and a row that only puts a location on a route. The product sample
 * has a product without price, one restricted to a label and an inactive one.
 */
final class SampleFiles {

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("Gasthof Krone", "info@krone.example", "K-100", "VIP, Wien", "Eva", "Krone", "+43 1 234 567",
                    "Dorfplatz 1", "1010", "Wien", "AT", "de"),
            List.of("Hotel Seeblick", "office@seeblick.example", "K-101", "", "Max", "Huber", "", "Seestraße 5",
                    "6020", "Innsbruck", "AT", "de"));

    private static final List<List<String>> SCHEDULE_EXAMPLES = List.of(
            List.of("K-100", "KITCHEN", "Tuesday", "yes", "1", "14:00", "2027-01-05", "2", "N1"),
            List.of("K-100", "KITCHEN", "Thursday", "yes", "1", "14:00", "2027-01-05", "2", ""),
            List.of("K-101", "", "Monday", "yes", "Friday", "12:00", "", "1", "S2"),
            List.of("K-102", "BAR", "Monday, Wednesday", "yes", "1", "10:00", "2027-01-04", "1", ""),
            List.of("K-103", "", "", "", "", "", "", "", "N1"));

    private static final List<List<String>> PRODUCT_EXAMPLES = List.of(
            List.of("1001", "Whole milk 3.5 % 1 l", "crate", "12", "13.20", "EUR", "yes", ""),
            List.of("2001", "Rye bread 750 g", "piece", "1", "2.40", "EUR", "yes", ""),
            List.of("3001", "Olive oil extra virgin", "bottle", "0.75", "", "", "yes", "Premium"),
            List.of("4001", "Potatoes", "kg", "25", "18.50", "EUR", "no", ""));

    private SampleFiles() {
    }

    static List<String> header(ImportKind kind) {
        if (kind == ImportKind.PRODUCTS) {
            return Arrays.stream(ProductColumns.Column.values()).map(c -> c.title() + (c.required() ? "*" : "")).toList();
        }
        if (kind == ImportKind.SCHEDULES) {
            return Arrays.stream(ScheduleColumns.Column.values())
                    .map(c -> c.title() + (c == ScheduleColumns.Column.CUSTOMER_NUMBER ? "*" : "")).toList();
        }
        return Arrays.stream(ImportColumns.Column.values())
                .map(c -> c.title() + (c == ImportColumns.Column.COMPANY_NAME || c == ImportColumns.Column.EMAIL ? "*" : ""))
                .toList();
    }

    private static List<List<String>> examples(ImportKind kind) {
        return switch (kind) {
            case SCHEDULES -> SCHEDULE_EXAMPLES;
            case PRODUCTS -> PRODUCT_EXAMPLES;
            default -> EXAMPLES;
        };
    }

    /** UTF-8 with BOM and semicolons, as Excel in German-speaking countries writes and reads CSV. */
    static byte[] csv(ImportKind kind) {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(";", header(kind))).append("\r\n");
        for (List<String> row : examples(kind)) {
            text.append(String.join(";", row)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(switch (kind) {
                case SCHEDULES -> "Schedules";
                case PRODUCTS -> "Products";
                default -> "Customers";
            });
            write(sheet.createRow(0), header(kind));
            List<List<String>> examples = examples(kind);
            for (int i = 0; i < examples.size(); i++) {
                write(sheet.createRow(i + 1), examples.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
