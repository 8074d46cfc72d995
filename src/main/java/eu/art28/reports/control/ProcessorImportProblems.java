package eu.art28.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Workbooks;

/**
 * An import's report line by line as a person reads it, on the page and as the file they correct the spreadsheet
 * from: the line as the spreadsheet numbers it, the column by the header the template of their language gives it
 * (kvk-nummer for a Dutch reader), whether it is an error or a duplicate, and why.
 */
public final class ProcessorImportProblems {

    /** One problem of one line. */
    public record Problem(int line, String field, String column, String message, boolean duplicate)
            implements Serializable {
    }

    private ProcessorImportProblems() {
    }

    /** Errors and duplicates together, by line, then by column. */
    public static List<Problem> of(ProcessorImportReport report, Locale locale) {
        List<Problem> all = new ArrayList<>();
        report.errors().forEach(e -> all.add(new Problem(e.line(), e.field(), column(locale, e.field()),
                e.message(), false)));
        report.duplicates().forEach(d -> all.add(new Problem(d.line(), d.field(), column(locale, d.field()),
                d.message(), true)));
        all.sort(Comparator.comparingInt(Problem::line).thenComparing(Problem::field));
        return List.copyOf(all);
    }

    /** The report as CSV (UTF-8 with a byte order mark, as every export): line, column, kind, problem. */
    public static byte[] csv(ProcessorImportReport report, Locale locale) {
        List<String> headers = List.of(Messages.text(locale, "import.report.line"),
                Messages.text(locale, "import.report.field"), Messages.text(locale, "import.report.kind"),
                Messages.text(locale, "import.report.problem"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.writeCsv(out, headers, of(report, locale).stream().map(p -> List.<Object>of(p.line(), p.column(),
                Messages.text(locale, p.duplicate() ? "import.report.duplicate" : "import.report.error"),
                p.message())));
        return out.toByteArray();
    }

    private static String column(Locale locale, String field) {
        String key = "import.column." + field;
        String label = Messages.text(locale, key);
        return label.equals(key) ? field : label;
    }
}
