package com.clientbook.web.imports;

import com.clientbook.services.imports.ImportColumns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The sample import file, as CSV and as Excel: the header with every column an import reads, and two example rows. */
final class SampleFiles {

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("Gasthof Krone", "info@krone.example", "K-100", "VIP, Wien", "Eva", "Krone", "+43 1 234 567",
                    "Dorfplatz 1", "1010", "Wien", "AT", "de"),
            List.of("Hotel Seeblick", "office@seeblick.example", "K-101", "", "Max", "Huber", "", "Seestraße 5",
                    "6020", "Innsbruck", "AT", "de"));

    private SampleFiles() {
    }

    static List<String> header() {
        return Arrays.stream(ImportColumns.Column.values())
                .map(c -> c.title() + (c == ImportColumns.Column.COMPANY_NAME || c == ImportColumns.Column.EMAIL ? "*" : ""))
                .toList();
    }

    /** UTF-8 with BOM and semicolons, as Excel in German-speaking countries writes and reads CSV. */
    static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(";", header())).append("\r\n");
        for (List<String> row : EXAMPLES) {
            text.append(String.join(";", row)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Customers");
            write(sheet.createRow(0), header());
            for (int i = 0; i < EXAMPLES.size(); i++) {
                write(sheet.createRow(i + 1), EXAMPLES.get(i));
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
