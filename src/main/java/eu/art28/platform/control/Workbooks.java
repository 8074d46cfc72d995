package eu.art28.platform.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.core.StreamingOutput;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Exports as files people open in a spreadsheet: one sheet, a bold header row, then the rows as they come. The XLSX
 * is written with POI's streaming workbook, which keeps only a window of rows in memory and the rest in a
 * compressed temporary file, so ten thousand rows cost no more heap than a hundred. A cell is a {@link String}
 * (made inert: text never runs as a formula), a {@link LocalDate} (a real date shown as yyyy-mm-dd), a
 * {@link Number}, a {@link Boolean} or {@code null} (empty).
 */
public final class Workbooks {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows kept in memory while writing; older rows go to the temporary file. */
    private static final int WINDOW = 100;
    /** Wide enough for a name or a reference, not so wide that one long note pushes every column off screen. */
    private static final int MAX_WIDTH_CHARS = 60;

    private Workbooks() {
    }

    /** The rows as an XLSX body for a JAX-RS response; the stream is read (and closed) only while writing. */
    public static StreamingOutput xlsx(String sheetName, List<String> headers, Stream<List<Object>> rows) {
        return out -> writeXlsx(out, sheetName, headers, rows);
    }

    /** The rows as a CSV body (UTF-8 with a byte-order mark, CRLF, inert cells, ISO dates). */
    public static StreamingOutput csv(List<String> headers, Stream<List<Object>> rows) {
        return out -> writeCsv(out, headers, rows);
    }

    public static void writeXlsx(OutputStream out, String sheetName, List<String> headers,
            Stream<List<Object>> rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (rows) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(Spreadsheet.inert(headers.get(c)));
                cell.setCellStyle(bold);
                widths[c] = headers.get(c) == null ? 0 : headers.get(c).length();
            }
            sheet.createFreezePane(0, 1);

            int r = 1;
            for (Iterator<List<Object>> it = rows.iterator(); it.hasNext(); r++) {
                List<Object> values = it.next();
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    String shown;
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                        shown = "yyyy-mm-dd";
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        shown = number.toString();
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                        shown = flag.toString();
                    } else {
                        shown = Spreadsheet.inert(value.toString());
                        cell.setCellValue(shown);
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], shown.length());
                    }
                }
            }
            // widths from what was written: SXSSF's autoSizeColumn would only see the rows still in the window
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    public static void writeCsv(OutputStream out, List<String> headers, Stream<List<Object>> rows) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (rows) {
            writer.write(Spreadsheet.BOM);
            Spreadsheet.writeCsvLine(writer, headers);
            for (Iterator<List<Object>> it = rows.iterator(); it.hasNext();) {
                List<Object> values = it.next();
                List<String> cells = new ArrayList<>(values.size());
                for (Object value : values) {
                    cells.add(value == null ? "" : value.toString());
                }
                Spreadsheet.writeCsvLine(writer, cells);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
