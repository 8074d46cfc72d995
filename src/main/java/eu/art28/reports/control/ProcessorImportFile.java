package eu.art28.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.art28.platform.control.InvalidInput;

/**
 * Procurement's spreadsheet as rows of named cells. Excel saves "CSV" in the machine's code page (Windows-1252
 * here) with semicolons in a Dutch locale, and as UTF-8 with a byte order mark when asked; all of them are read.
 * A file that cannot be read as a whole (empty, no name or country column, a column twice) is refused with the
 * column named; problems of single lines are left to {@link ProcessorImportCheck}.
 */
public final class ProcessorImportFile {

    public static final int MAX_LINES = 20_000;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One line of data; {@code line} is the row number the spreadsheet shows, the header being row 1. */
    public record Row(int line, Map<ProcessorImportColumn, String> cells, int extraCells) {

        public String get(ProcessorImportColumn column) {
            return cells.get(column);
        }
    }

    private final Charset charset;
    private final char delimiter;
    private final Map<ProcessorImportColumn, Integer> columns;
    private final List<String> unknownColumns;
    private final List<Row> rows;

    private ProcessorImportFile(Charset charset, char delimiter, Map<ProcessorImportColumn, Integer> columns,
            List<String> unknownColumns, List<Row> rows) {
        this.charset = charset;
        this.delimiter = delimiter;
        this.columns = columns;
        this.unknownColumns = unknownColumns;
        this.rows = rows;
    }

    public static ProcessorImportFile read(byte[] bytes) {
        Charset charset = charset(bytes);
        String text = decode(bytes, charset);
        if (text.isBlank()) {
            throw new InvalidInput("file", "import.file.empty");
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (Iterator<CSVRecord> lines = parser.iterator(); hasNext(lines, records.size() + 1);) {
                records.add(lines.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            throw new InvalidInput("file", "import.file.empty");
        }
        if (records.size() - 1 > MAX_LINES) {
            throw new InvalidInput("file", "import.file.tooManyLines", MAX_LINES);
        }
        CSVRecord header = records.get(0);
        Map<ProcessorImportColumn, Integer> columns = new EnumMap<>(ProcessorImportColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<ProcessorImportColumn> column = ProcessorImportColumn.byHeader(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                throw new InvalidInput(column.get().field(), "import.file.columnTwice", name);
            }
        }
        List<InvalidInput.Violation> missing = new ArrayList<>();
        for (ProcessorImportColumn column : ProcessorImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(new InvalidInput.Violation(column.field(), "import.file.missingColumn", column.field()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            Map<ProcessorImportColumn, String> cells = new EnumMap<>(ProcessorImportColumn.class);
            columns.forEach((column, index) -> {
                String value = index < record.size() ? record.get(index).strip() : "";
                if (!value.isEmpty()) {
                    cells.put(column, value);
                }
            });
            boolean blank = true;
            for (String value : record) {
                blank &= value.isBlank();
            }
            if (blank) {
                continue; // an empty spreadsheet row, still counted so that the line numbers stay the ones shown
            }
            int extra = 0;
            for (int i = header.size(); i < record.size(); i++) {
                extra += record.get(i).isBlank() ? 0 : 1;
            }
            rows.add(new Row(r + 1, cells, extra));
        }
        return new ProcessorImportFile(charset, delimiter, columns, List.copyOf(unknown), List.copyOf(rows));
    }

    /**
     * Commons CSV gives up on a quote that never closes, or on text after a closing quote, with an exception that
     * names its own class; the person needs the line of the spreadsheet ({@code line}, as {@link Row#line()}).
     */
    private static boolean hasNext(Iterator<CSVRecord> lines, int line) {
        try {
            return lines.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInput("file", "import.file.unreadableLine", line);
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (a Windows-1252 é never is), else Windows-1252. */
    static Charset charset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator the header line uses more, quotes skipped: a header "Naam;Adres, plaats" is semicolons. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean has(ProcessorImportColumn column) {
        return columns.containsKey(column);
    }

    public List<String> unknownColumns() {
        return unknownColumns;
    }

    public List<Row> rows() {
        return rows;
    }
}
