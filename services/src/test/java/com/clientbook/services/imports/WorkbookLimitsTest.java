package com.clientbook.services.imports;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks POI cannot read safely (issue 12): refused in the user's words, never with the parser's, and read within a
 * bounded heap whatever they hold.
 */
class WorkbookLimitsTest {

    private static final int MB = 1024 * 1024;

    @Test
    void aSheetThatInflatesPast100MbFromAboutAMegabyteIsRefusedAsAZipBomb() throws IOException {
        byte[] bomb = withSheet(rowsOfSheet(110L * MB));
        assertTrue(bomb.length < 2 * MB, "a small file: " + bomb.length);

        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class, () -> CustomerFile.read(bomb, new Ignore()));

        assertEquals("import.fileRefused.zipBomb", refused.messageKey());
        assertInUsersWords(refused);
    }

    @Test
    void aWorkbookOfManyLarge90MbPartsIsReadWithinABoundedHeap() throws IOException {
        byte[] workbook = withExtraParts(sampleWorkbook(), 6, 90L * MB);
        assertTrue(workbook.length < CustomerFile.MAX_BYTES, "within the upload limit: " + workbook.length);
        long before = heapPeakAfterReset();

        List<String> rows = new ArrayList<>();
        CustomerFile.read(workbook, new Ignore() {
            @Override
            public void row(int rowNumber, List<String> values) {
                rows.add(String.join(",", values));
            }
        });

        long grown = heapPeak() - before;
        assertEquals(List.of("Gasthof Krone,krone@example.com"), rows);
        assertTrue(grown < 200L * MB, "6 parts of 90 MB each stay on disk; the heap grew by " + grown / MB + " MB");
    }

    @Test
    void aPartHeldInMemoryThatClaimsMoreThanItsLimitIsRefusedBeforeItIsRead() throws IOException {
        byte[] workbook = replacing(sampleWorkbook(), "xl/styles.xml", 70L * MB);

        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class, () -> CustomerFile.read(workbook, new Ignore()));

        assertEquals("import.fileRefused.zipBomb", refused.messageKey());
    }

    @Test
    void aWorkbookWithADoctypeIsRefusedWithoutTheParsersWords() throws IOException {
        byte[] xxe = replacingText(sampleWorkbook(), "xl/workbook.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>");

        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class, () -> CustomerFile.read(xxe, new Ignore()));

        assertEquals("import.fileRefused.unreadableWorkbook", refused.messageKey());
        assertInUsersWords(refused);
    }

    @Test
    void aZipWithoutContentTypesIsRefusedWithoutTheParsersWords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class,
                () -> CustomerFile.read(out.toByteArray(), new Ignore()));

        assertInUsersWords(refused);
    }

    private static void assertInUsersWords(ImportFileRefusedException refused) {
        String message = refused.getMessage();
        for (String internal : List.of("[M", "SAX", "Exception", "doctype", "MAX_ENTRY_SIZE", "ratio", "org.apache")) {
            assertFalse(message.contains(internal), "no parser internals (" + internal + "): " + message);
        }
    }

    // ---- workbooks

    static byte[] sampleWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Customers");
            sheet.createRow(0).createCell(0).setCellValue("company name");
            sheet.getRow(0).createCell(1).setCellValue("email");
            sheet.createRow(1).createCell(0).setCellValue("Gasthof Krone");
            sheet.getRow(1).createCell(1).setCellValue("krone@example.com");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A sheet of {@code bytes} inflated bytes that deflates to about 1/70 of that: above POI's minimum ratio of 1/100, so
     * that its size, not its ratio, makes it a zip bomb (POI read from a stream failed on its array limit instead: 500).
     */
    private static Writer rowsOfSheet(long bytes) {
        return out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                       + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>Gasthof Krone</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            Random random = new Random(3);
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                byte[] next = i % 8 == 0 ? ("<row><c><v>" + random.nextInt(1_000_000) + "</v></c></row>").getBytes(StandardCharsets.UTF_8) : row;
                out.write(next);
                written += next.length;
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static byte[] withSheet(Writer sheet) throws IOException {
        return rewrite(sampleWorkbook(), name -> name.equals("xl/worksheets/sheet1.xml") ? sheet : null, List.of());
    }

    private static byte[] replacing(byte[] workbook, String part, long bytes) throws IOException {
        return rewrite(workbook, name -> name.equals(part) ? compressible(bytes) : null, List.of());
    }

    private static byte[] replacingText(byte[] workbook, String part, String text) throws IOException {
        return rewrite(workbook, name -> name.equals(part) ? out -> out.write(text.getBytes(StandardCharsets.UTF_8)) : null, List.of());
    }

    private static byte[] withExtraParts(byte[] workbook, int parts, long bytes) throws IOException {
        List<String> extra = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            extra.add("xl/extra/part" + i + ".xml"); // .xml: a content type every workbook declares
        }
        return rewrite(workbook, name -> extra.contains(name) ? compressible(bytes) : null, extra);
    }

    /** Bytes that deflate to about 1/50 of their size: above POI's minimum ratio of 1/100, so they pass its guard. */
    private static Writer compressible(long bytes) {
        return out -> {
            Random random = new Random(42);
            byte[] block = new byte[1024];
            for (long written = 0; written < bytes; written += block.length) {
                java.util.Arrays.fill(block, (byte) 0);
                for (int i = 0; i < 4; i++) {
                    block[random.nextInt(block.length)] = (byte) random.nextInt(256);
                }
                out.write(block);
            }
        };
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] rewrite(byte[] workbook, java.util.function.Function<String, Writer> replacement, List<String> added)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                Writer writer = replacement.apply(entry.getName());
                if (writer == null) {
                    in.transferTo(zip);
                } else {
                    writer.write(zip);
                }
                zip.closeEntry();
            }
            for (String name : added) {
                zip.putNextEntry(new ZipEntry(name));
                replacement.apply(name).write(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---- heap

    private static long heapPeakAfterReset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static class Ignore implements CustomerFile.Rows {
        @Override
        public void header(List<String> names) {
        }

        @Override
        public void row(int rowNumber, List<String> values) {
        }
    }
}
