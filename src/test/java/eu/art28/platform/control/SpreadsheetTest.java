package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    @Test
    void aCellThatAFormulaCouldStartWithIsText() {
        assertEquals("'=HYPERLINK(\"http://evil\")", Spreadsheet.inert("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+31 20 123", Spreadsheet.inert("+31 20 123"));
        assertEquals("'-2+3", Spreadsheet.inert("-2+3"));
        assertEquals("'@SUM(A1)", Spreadsheet.inert("@SUM(A1)"));
        assertEquals("'\t=1", Spreadsheet.inert("\t=1"));
        assertEquals("'\r=1", Spreadsheet.inert("\r=1"));
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        assertEquals("Acme B.V.", Spreadsheet.inert("Acme B.V."));
        assertEquals("a=b", Spreadsheet.inert("a=b"));
        assertEquals("", Spreadsheet.inert(""));
        assertEquals("", Spreadsheet.inert(null));
    }

    @Test
    void aLineQuotesWhatNeedsQuotingAfterMakingItInert() {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"'=1,2\",\"two\nlines\"\r\n",
                Spreadsheet.csvLine(List.of("plain", "a,b", "say \"hi\"", "=1,2", "two\nlines")));
    }
}
