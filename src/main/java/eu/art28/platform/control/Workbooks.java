package eu.art28.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX files written as they go (Apache POI's streaming workbook keeps 100 rows in memory, whatever the number of
 * rows), with the rules every Art28 spreadsheet follows: a bold header row that stays in view, dates as dates,
 * numbers as numbers, and text made inert ({@link Spreadsheet#inert}) so that nothing a user typed runs as a
 * formula.
 */
public final class Workbooks {

    private static final int WINDOW = 100;
    private static final int MAX_COLUMN_CHARS = 60;

    private Workbooks() {
    }

    /** One sheet; a cell is a String, a LocalDate, a Number, a Boolean or null (left empty). */
    public static void write(OutputStream out, String sheetName, List<String> headers, Stream<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                widths[i] = headers.get(i).length();
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.forEach(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else {
                        String text = Spreadsheet.inert(value.toString());
                        cell.setCellValue(text);
                        if (text.indexOf('\n') >= 0) {
                            cell.setCellStyle(wrapped);
                        }
                    }
                    if (i < widths.length) {
                        widths[i] = Math.max(widths[i], longestLine(value instanceof LocalDate ? "2026-01-01"
                                : value.toString()));
                    }
                }
            });
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_COLUMN_CHARS) + 2) * 256);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
