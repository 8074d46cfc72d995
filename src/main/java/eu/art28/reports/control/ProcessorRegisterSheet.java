package eu.art28.reports.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import eu.art28.platform.control.Messages;
import eu.art28.reports.control.ProcessorStandings.Row;
import eu.art28.reports.control.ProcessorStandings.Standing;

/**
 * The processor register as a table of cells in one language: the same columns in the file the API streams and in
 * the export from the processors list, so that both read alike.
 */
public final class ProcessorRegisterSheet {

    static final List<String> HEADER_KEYS = List.of("processor.name", "processor.kvkNumber", "processor.country",
            "processor.riskTier", "processor.status", "reports.processors.agreement", "reports.processors.inForceFrom",
            "reports.processors.inForceUntil", "reports.processors.evidenceValidUntil",
            "reports.processors.evidenceValidToday", "reports.processors.openAlerts");

    private ProcessorRegisterSheet() {
    }

    public static String sheetName(Locale locale) {
        return Messages.text(locale, "reports.processors.sheet");
    }

    public static List<String> headers(Locale locale) {
        return HEADER_KEYS.stream().map(key -> Messages.text(locale, key)).toList();
    }

    /** Text cells as they are (the writers make them inert), dates as dates, the alert count as a number. */
    public static List<Object> cells(Row row, Locale locale) {
        Standing s = row.standing();
        return Arrays.asList(row.processor().getName(), row.processor().getKvkNumber(),
                Messages.country(locale, row.processor().getCountry()),
                Messages.text(locale, "RiskTier." + row.processor().getRiskTier()),
                Messages.text(locale, "ProcessorStatus." + row.processor().getStatus()),
                Messages.text(locale, "AgreementStanding." + s.agreement()), s.inForceFrom(), s.inForceUntil(),
                s.evidenceValidUntil(), Messages.text(locale, s.evidenceValidToday() ? "action.yes" : "action.no"),
                s.openAlerts());
    }
}
