package com.clientbook.services.imports;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading import files: encodings, delimiters, quoting, Excel, and the files that are refused. */
class CustomerFileTest {

    @Test
    void utf8WithBomAndSemicolonsIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "company name;email\nGasthof Krone;krone@example.com\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);
        Read read = read(file);
        assertEquals(List.of("company name", "email"), read.header);
        assertEquals(List.of("2: [Gasthof Krone, krone@example.com]"), read.rows);
    }

    @Test
    void windows1252IsReadWhenTheFileIsNotUtf8() {
        Read read = read("company name,email\nCafé Müller,cafe@example.com\n".getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("2: [Café Müller, cafe@example.com]"), read.rows);
    }

    @Test
    void quotedFieldsKeepCommasAndLineBreaksAndCountAsOneRow() {
        Read read = read("company name,email,street\n\"Krone, Huber & Co\",k@example.com,\"Hof 1\nHinterhaus\"\nB,b@example.com,\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2: [Krone, Huber & Co, k@example.com, Hof 1\nHinterhaus]", "3: [B, b@example.com, ]"), read.rows);
    }

    @Test
    void emptyRowsAreSkipped() {
        Read read = read("company name;email\n\n;\nA;a@example.com\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.rows.size());
    }

    @Test
    void binaryContentIsRefused() {
        ImportFileRefusedException e = assertThrows(ImportFileRefusedException.class, () -> read(new byte[]{7, 0, 1, 2}));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void anEndlessLineIsRefused() {
        byte[] line = ("company name,email\n" + "x".repeat(CustomerFile.MAX_LINE_CHARACTERS + 1)).getBytes(StandardCharsets.UTF_8);
        ImportFileRefusedException e = assertThrows(ImportFileRefusedException.class, () -> read(line));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() {
        assertThrows(ImportFileRefusedException.class, () -> CustomerFile.requireSize(CustomerFile.MAX_BYTES + 1));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        StringBuilder file = new StringBuilder("company name,email\n");
        for (int i = 0; i <= CustomerFile.MAX_ROWS; i++) {
            file.append("A,a@example.com\n");
        }
        assertThrows(ImportFileRefusedException.class, () -> read(file.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHeaderWithoutEmailIsRefused() {
        ImportFileRefusedException e = assertThrows(ImportFileRefusedException.class,
                () -> ImportColumns.of(List.of("Firma", "Ort")));
        assertTrue(e.getMessage().contains("email"), e.getMessage());
    }

    @Test
    void anOldXlsFileIsRefused() {
        assertThrows(ImportFileRefusedException.class, () -> read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}));
    }

    @Test
    void anXlsxSheetIsReadWithNumbersAsShownAndGapsKept() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Customers");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Company name*");
            header.createCell(1).setCellValue("E-Mail");
            header.createCell(2).setCellValue("PLZ");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Krone");
            row.createCell(2).setCellValue(6020);
            var formula = sheet.createRow(2);
            formula.createCell(0).setCellFormula("CONCATENATE(\"A\",\"B\")");
            formula.createCell(1).setCellValue("ab@example.com");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Read read = read(bytes(workbook));
            assertEquals(List.of("Company name*", "E-Mail", "PLZ"), read.header);
            assertEquals(List.of("2: [Krone, , 6020]", "3: [AB, ab@example.com]"), read.rows);
        }
    }

    @Test
    void aWorkbookWithSeveralSheetsIsRefused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("A").createRow(0).createCell(0).setCellValue("company name");
            workbook.createSheet("B");
            ImportFileRefusedException e = assertThrows(ImportFileRefusedException.class, () -> read(bytes(workbook)));
            assertTrue(e.getMessage().contains("several sheets"), e.getMessage());
        }
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            zip.write(new byte[10_000_000]);
            zip.closeEntry();
        }
        ImportFileRefusedException e = assertThrows(ImportFileRefusedException.class, () -> read(out.toByteArray()));
        assertTrue(e.getMessage().contains(".xlsx"), e.getMessage());
    }

    @Test
    void rowsAreCheckedAlone() {
        ImportColumns columns = ImportColumns.of(List.of("company name", "email", "country", "labels", "language"));
        ImportRow good = ImportRow.of(2, List.of(" Krone ", "k@example.com", "at", "VIP; Wien", "DE"), columns);
        assertEquals("Krone", good.companyName());
        assertEquals("AT", good.country());
        assertEquals("de", good.language());
        assertEquals(List.of("VIP", "Wien"), good.labels());
        assertTrue(good.valid());
        ImportRow bad = ImportRow.of(3, List.of("", "no address", "XX"), columns);
        assertEquals("company name, email, country", bad.errorColumns());
        assertTrue(ImportMessage.english(bad.error()).contains("company name: missing"), bad.error());
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static Read read(byte[] content) {
        Read read = new Read();
        CustomerFile.read(content, read);
        return read;
    }

    private static final class Read implements CustomerFile.Rows {
        List<String> header;
        final List<String> rows = new ArrayList<>();

        @Override
        public void header(List<String> names) {
            header = names;
        }

        @Override
        public void row(int rowNumber, List<String> values) {
            rows.add(rowNumber + ": " + values);
        }
    }
}
