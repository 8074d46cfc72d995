package eu.art28.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProcessorImportProblemsTest {

    private static final ProcessorImportReport REPORT = new ProcessorImportReport(4, 1, 0, true, false, List.of(),
            List.of(new ProcessorImportReport.LineError(5, "kvkNumber", "=8 digits, please"),
                    new ProcessorImportReport.LineError(3, "country", "\"XX\" is not a country, we think")),
            List.of(new ProcessorImportReport.Duplicate(4, "name", "Acme", 7L, "Acme", null, "Already registered")),
            null);

    @Test
    void errorsAndDuplicatesByLineWithTheColumnAsTheReadersTemplateNamesIt() {
        List<ProcessorImportProblems.Problem> dutch = ProcessorImportProblems.of(REPORT, Locale.forLanguageTag("nl"));
        assertEquals(List.of("3 land false", "4 naam true", "5 kvk-nummer false"),
                dutch.stream().map(p -> p.line() + " " + p.column() + " " + p.duplicate()).toList());
    }

    @Test
    void theReportAsCsvInTheReadersLanguageWithInertCells() {
        String english = new String(ProcessorImportProblems.csv(REPORT, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertEquals("\uFEFFLine,Column,Kind,Problem\r\n"
                + "3,country,Error,\"\"\"XX\"\" is not a country, we think\"\r\n"
                + "4,name,Duplicate,Already registered\r\n"
                + "5,kvkNumber,Error,'=8 digits, please\r\n".replace("'=8 digits, please", "\"'=8 digits, please\""),
                english);

        String dutch = new String(ProcessorImportProblems.csv(REPORT, Locale.forLanguageTag("nl")),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFRegel,Kolom,Soort,Probleem", dutch.lines().findFirst().orElseThrow());
        assertEquals("4,naam,Dubbel,Already registered", dutch.lines().toList().get(2));
    }
}
