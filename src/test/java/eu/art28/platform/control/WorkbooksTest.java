package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTest {

    @Test
    void aHeaderAndRowsComeBackAsWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.xlsx("Processors", List.of("Name", "From", "Alerts"), Stream.of(
                Arrays.<Object>asList("Acme B.V.", LocalDate.of(2026, 11, 27), 3),
                Arrays.<Object>asList("=HYPERLINK(\"x\")", null, 0))).write(out);

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = read.getSheet("Processors");
            assertEquals(2, sheet.getLastRowNum());
            XSSFRow header = sheet.getRow(0);
            assertEquals("Name", header.getCell(0).getStringCellValue());
            assertEquals("Alerts", header.getCell(2).getStringCellValue());
            assertTrue(read.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());

            XSSFRow acme = sheet.getRow(1);
            assertEquals("Acme B.V.", acme.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, acme.getCell(1).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(acme.getCell(1)));
            assertEquals(LocalDate.of(2026, 11, 27), acme.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", acme.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(3, acme.getCell(2).getNumericCellValue());

            XSSFRow formula = sheet.getRow(2);
            assertEquals(CellType.STRING, formula.getCell(0).getCellType());
            assertEquals("'=HYPERLINK(\"x\")", formula.getCell(0).getStringCellValue());
            assertEquals(null, formula.getCell(1));
        }
    }

    @Test
    void manyRowsStreamThrough() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.xlsx("Many", List.of("n"),
                IntStream.range(0, 5_000).mapToObj(i -> List.<Object>of("row " + i))).write(out);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(5_000, read.getSheetAt(0).getLastRowNum());
            assertEquals("row 4999", read.getSheetAt(0).getRow(5_000).getCell(0).getStringCellValue());
        }
    }

    @Test
    void csvHasAByteOrderMarkInertCellsAndIsoDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.csv(List.of("Name", "Until"), Stream.of(
                Arrays.<Object>asList("=1+1", LocalDate.of(2027, 1, 31)),
                Arrays.<Object>asList("a,b", null))).write(out);
        assertEquals("\uFEFFName,Until\r\n'=1+1,2027-01-31\r\n\"a,b\",\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
