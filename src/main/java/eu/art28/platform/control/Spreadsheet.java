package eu.art28.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Cells for files people open in a spreadsheet (CSV exports). Every export writes its cells through here, because
 * text a user typed (a processor named {@code =HYPERLINK(...)}) must never run as a formula on an auditor's
 * machine (CSV injection).
 */
public final class Spreadsheet {

    /** CSV as Excel and LibreOffice read it without asking: UTF-8 with a byte-order mark, CRLF line ends. */
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String BOM = "\uFEFF";

    private Spreadsheet() {
    }

    /**
     * The text as a value, never a formula: a cell that starts with what a spreadsheet reads as the start of a
     * formula (= + - @, or a tab or carriage return before one) gets a leading apostrophe, which spreadsheets show
     * as text and do not evaluate. A negative number typed as text is shown with it too: a small price for a rule
     * with no exceptions to get wrong.
     */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** One CSV line (RFC 4180): each cell made inert, quoted where it holds a separator, quote or line break. */
    public static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = inert(cells.get(i));
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }

    public static void writeCsvLine(Writer out, List<String> cells) {
        try {
            out.write(csvLine(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
