package com.clientbook.services.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Enumeration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an uploaded customer list, CSV or Excel (.xlsx), row by row, with well-kept libraries: Apache Commons CSV and
 * Apache POI's streaming (SAX) sheet reader, so a big workbook is never held as a whole object model.
 *
 * <p>The rules, as docs/user-guide.md ("Import") documents them:
 * <ul>
 *   <li>at most {@value #MAX_BYTES} bytes, refused before anything is read; at most {@value #MAX_ROWS} rows
 *       (not counting the header and empty rows);</li>
 *   <li>the kind is told by the content, not the name: a zip (PK) is read as .xlsx, an old binary .xls is refused,
 *       anything else is text (CSV);</li>
 *   <li>CSV: UTF-8 with or without BOM (also UTF-16 with BOM), otherwise Windows-1252; comma, semicolon or tab,
 *       whichever the header line has most of; quoted fields may hold delimiters and line breaks; a NUL character
 *       (binary content) or a line longer than {@value #MAX_LINE_CHARACTERS} characters refuses the file;</li>
 *   <li>Excel: the workbook must have exactly one sheet (several are refused, so no rows on a second sheet are
 *       silently left out); a formula cell is read as the value Excel last computed for it; a part that inflates
 *       more than 100-fold or past {@value #MAX_WORKBOOK_ENTRY_BYTES} bytes is a zip bomb, and whatever else POI
 *       cannot read safely is "not a workbook Clientbook can read" (POI's reason goes to the log);</li>
 *   <li>row numbers count as a spreadsheet shows them: the header is row 1 (CSV: each record is a row, even when a
 *       quoted field spans lines).</li>
 * </ul>
 */
public final class CustomerFile {

    public static final long MAX_BYTES = 30L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_LINE_CHARACTERS = 100_000;

    /**
     * The most a workbook's part may inflate to. A sheet of 100,000 customers with shared strings is well under it;
     * POI checks the bytes it inflates, not what the zip claims.
     */
    public static final long MAX_WORKBOOK_ENTRY_BYTES = 100L * 1024 * 1024;
    /**
     * The parts POI holds in memory as a whole (shared strings, styles, the workbook, relationships, content types)
     * must claim less; only the sheet is streamed. So the heap a workbook takes stays bounded whatever it holds.
     */
    public static final long MAX_WORKBOOK_PART_IN_MEMORY_BYTES = 64L * 1024 * 1024;
    /** A part that inflates to more than 100 times its compressed size is a zip bomb (POI's default, set explicitly). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** The most characters of text read from a workbook's parts (POI's text limit). */
    public static final long MAX_WORKBOOK_TEXT_CHARACTERS = 100L * 1024 * 1024;
    public static final int MAX_WORKBOOK_ENTRIES = 1000;

    private static final Logger LOG = Logger.getLogger(CustomerFile.class.getName());

    static {
        // POI's limits are static, for the whole server: set here, explicitly, rather than trusting defaults that
        // change between releases. Nothing else in Clientbook reads Office files.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_WORKBOOK_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_WORKBOOK_TEXT_CHARACTERS);
        ZipSecureFile.setMaxFileCount(MAX_WORKBOOK_ENTRIES);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What the reader hands on: the header once, then each non-empty row. */
    public interface Rows {
        void header(List<String> names);

        void row(int rowNumber, List<String> values);
    }

    private CustomerFile() {
    }

    /** Refuses a file by its size alone, before reading it. */
    public static void requireSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw ImportFileRefusedException.tooLarge(bytes, MAX_BYTES / (1024 * 1024));
        }
        if (bytes == 0) {
            throw ImportFileRefusedException.because("empty", "it is empty.");
        }
    }

    /** Reads the whole of {@code in}, refusing it as soon as it passes the size limit. */
    public static byte[] readLimited(InputStream in) {
        try {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            requireSize(content.length);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void read(byte[] content, Rows rows) {
        requireSize(content.length);
        Counting counting = new Counting(rows);
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            readWorkbook(content, counting);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ImportFileRefusedException.because("oldExcel", "it is an old Excel 97-2003 file (.xls). Save it as .xlsx or CSV.");
        } else {
            readCsv(decode(content), counting);
        }
        counting.requireHeader();
    }

    // ---- CSV

    static String decode(byte[] content) {
        String text;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(content, 0xFF, 0xFE)) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = strictUtf8(content);
        }
        requireText(text);
        return text;
    }

    private static String strictUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** Binary content, or one endless line, is not a customer list; say so before the CSV parser tries. */
    private static void requireText(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw ImportFileRefusedException.because("binary", "it is not a text (CSV) file: it holds binary data"
                        + " (line " + line + "). Upload a CSV or an .xlsx file.", String.valueOf(line));
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (i - lineStart >= MAX_LINE_CHARACTERS) {
                throw ImportFileRefusedException.because("longLine", "line " + line + " is longer than "
                        + MAX_LINE_CHARACTERS + " characters; this is not a customer list.", String.valueOf(line),
                        MAX_LINE_CHARACTERS);
            }
        }
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static void readCsv(String text, Rows rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        int record = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean headerSeen = false;
            while (records.hasNext()) {
                CSVRecord next = records.next();
                record++;
                List<String> values = next.toList();
                if (!headerSeen) {
                    rows.header(values);
                    headerSeen = true;
                } else {
                    rows.row(record, values);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportFileRefusedException.because("invalidCsv", "it is not valid CSV after row " + record + " ("
                    + e.getMessage() + "). Check the quotes in that row.", String.valueOf(record));
        }
    }

    // ---- Excel

    /**
     * Reads the one sheet of a workbook from a temporary file, so that POI inflates only the parts it reads, each
     * through its zip-bomb guard, and streams the sheet; parts POI keeps in memory whole are refused when they claim
     * more than {@link #MAX_WORKBOOK_PART_IN_MEMORY_BYTES}. Whatever POI cannot read safely is refused in the user's
     * words (zip bomb, or not a workbook Clientbook can read); POI's own message goes to the log only.
     */
    private static void readWorkbook(byte[] content, Rows rows) {
        Path file = null;
        try {
            file = Files.createTempFile("clientbook-import-", ".xlsx");
            Files.write(file, content);
            requireSmallInMemoryParts(file);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                readSheet(workbook, rows);
            }
        } catch (ImportFileRefusedException e) {
            throw e;
        } catch (IOException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 // what POI throws for a zip that is no workbook, or a workbook whose parts it cannot read
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.util.RecordFormatException
                 | IllegalArgumentException | IllegalStateException e) {
            throw refusal(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete the temporary import file " + file, e);
                }
            }
        }
    }

    private static void readSheet(OPCPackage workbook, Rows rows) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw ImportFileRefusedException.because("noSheet", "the workbook has no sheet.");
        }
        try (InputStream sheet = sheets.next()) {
            if (sheets.hasNext()) {
                throw ImportFileRefusedException.because("severalSheets", "the workbook has several sheets. Clientbook"
                        + " reads one: put the customers on one sheet and delete the others, or save that sheet as CSV.");
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XMLReader parser = XMLHelper.newXMLReader();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(rows), formatter, false));
            parser.parse(new InputSource(sheet));
        }
    }

    /** Refuses, from the zip's directory alone, a workbook whose parts held in memory claim too much. */
    private static void requireSmallInMemoryParts(Path file) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > MAX_WORKBOOK_ENTRIES) {
                    throw ImportFileRefusedException.unreadableWorkbook("more than " + MAX_WORKBOOK_ENTRIES + " parts");
                }
                if (heldInMemory(entry.getName()) && entry.getSize() > MAX_WORKBOOK_PART_IN_MEMORY_BYTES
                    || entry.getSize() > MAX_WORKBOOK_ENTRY_BYTES) {
                    throw ImportFileRefusedException.zipBomb(entry.getName() + " claims " + entry.getSize() + " bytes");
                }
            }
        }
    }

    /** The parts POI reads as a whole: the package's, the workbook's, its styles, theme and shared strings. */
    private static boolean heldInMemory(String part) {
        String name = part.toLowerCase(Locale.ROOT);
        return name.endsWith(".rels") || name.equals("[content_types].xml") || name.startsWith("docprops/")
               || name.equals("xl/workbook.xml") || name.equals("xl/styles.xml") || name.equals("xl/sharedstrings.xml")
               || name.startsWith("xl/theme/");
    }

    private static ImportFileRefusedException refusal(Exception e) {
        StringBuilder message = new StringBuilder(e.getClass().getName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" / ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        }
        if (message.toString().toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return ImportFileRefusedException.zipBomb(message.toString());
        }
        return ImportFileRefusedException.unreadableWorkbook(message.toString());
    }

    /** POI's streaming callbacks, turned into rows of values in column order (empty cells as empty strings). */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> values = new ArrayList<>();
        private boolean headerSeen;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            values.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (values.stream().allMatch(String::isBlank)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                rows.header(List.copyOf(values));
            } else {
                rows.row(rowNum + 1, List.copyOf(values));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? values.size() : new CellReference(cellReference).getCol();
            while (values.size() < column) {
                values.add("");
            }
            values.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Skips empty rows, refuses a file without a header or with too many rows. */
    private static final class Counting implements Rows {

        private final Rows rows;
        private int count;
        private boolean headerSeen;

        Counting(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void header(List<String> names) {
            headerSeen = true;
            rows.header(names);
        }

        @Override
        public void row(int rowNumber, List<String> values) {
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            if (++count > MAX_ROWS) {
                throw ImportFileRefusedException.because("tooManyRows", "it has more than " + MAX_ROWS
                        + " rows. Split it into several files.", MAX_ROWS);
            }
            rows.row(rowNumber, values);
        }

        void requireHeader() {
            if (!headerSeen) {
                throw ImportFileRefusedException.because("noHeader", "it has no header row.");
            }
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
