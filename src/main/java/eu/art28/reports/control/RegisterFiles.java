package eu.art28.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Spreadsheet;
import eu.art28.platform.control.Workbooks;
import eu.art28.reports.control.ProcessingRegister.Activity;
import eu.art28.reports.control.ProcessingRegister.Document;

/**
 * The Art. 30 register as the files people take away: CSV and XLSX with one row per purpose (several values in a
 * cell one per line), and a PDF with one section per purpose that can be handed to the supervisory authority.
 */
public final class RegisterFiles {

    private static final List<String> COLUMNS = List.of("register.code", "register.purpose", "register.legalBasis",
            "register.dataSubjects", "register.dataCategories", "register.recipients", "register.transfers",
            "register.retention", "register.security");

    /** The files the register is offered as: their extension, media type and writer. */
    public enum Format {
        CSV("csv", Spreadsheet.CSV_TYPE),
        XLSX("xlsx", Workbooks.XLSX_TYPE),
        PDF("pdf", "application/pdf");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String fileName(Document register) {
            return "art30-register-" + register.day() + "." + extension;
        }

        public void write(Document register, Locale locale, OutputStream out) throws IOException {
            write(register, register.activities().stream(), locale, out);
        }

        /** The heading's controller and day, the activities as they come: a row is written as soon as it is made. */
        public void write(Document heading, Stream<Activity> activities, Locale locale, OutputStream out)
                throws IOException {
            switch (this) {
                case CSV -> Workbooks.writeCsv(out, headers(locale), rows(activities, locale));
                case XLSX -> Workbooks.writeXlsx(out, Messages.text(locale, "register.sheet"), headers(locale),
                        rows(activities, locale));
                case PDF -> pdf(heading, activities, locale, out);
            }
        }
    }

    private RegisterFiles() {
    }

    public static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(key -> Messages.text(locale, key)).toList();
    }

    /** The cells of one purpose, in the order of {@link #headers}. */
    public static List<String> cells(Activity activity, Locale locale) {
        return List.of(activity.code(), activity.purpose(), activity.legalBasis(),
                lines(activity.dataSubjects()), lines(activity.dataCategories()),
                lines(activity.recipients().stream().map(r -> r.path() + " (" + r.role() + ")"
                        + (r.countries().isEmpty() ? "" : ": " + Messages.countries(locale, r.countries()))).toList()),
                lines(activity.transfers().stream().map(t -> transfer(t, locale)).toList()),
                activity.retention(), lines(activity.securityMeasures()));
    }

    private static Stream<List<Object>> rows(Stream<Activity> activities, Locale locale) {
        return activities.map(a -> List.<Object>copyOf(cells(a, locale)));
    }

    private static void pdf(Document register, Stream<Activity> activities, Locale locale, OutputStream out) {
        List<String> headers = headers(locale);
        Pdf.write(out, Messages.text(locale, "register.title"),
                Messages.text(locale, "register.asOn", Messages.date(locale, register.day())), pdf -> {
                    pdf.fields(List.of(
                            List.of(Messages.text(locale, "register.controller"), register.controller() == null
                                    ? Messages.text(locale, "register.controller.unset") : register.controller()),
                            List.of(Messages.text(locale, "register.controllerContact"),
                                    register.controllerContact() == null ? "" : register.controllerContact())));
                    for (Activity activity : (Iterable<Activity>) activities::iterator) {
                        pdf.heading(activity.code() + "  " + activity.purpose());
                        if (!activity.description().isEmpty()) {
                            pdf.paragraph(activity.description());
                        }
                        List<String> cells = cells(activity, locale);
                        List<List<String>> rows = new ArrayList<>();
                        for (int i = 2; i < cells.size(); i++) {
                            rows.add(List.of(headers.get(i), cells.get(i).isEmpty()
                                    ? Messages.text(locale, "register.none") : cells.get(i)));
                        }
                        pdf.fields(rows);
                    }
                    pdf.note(Messages.text(locale, "register.source"));
                });
    }

    private static String transfer(ProcessingRegister.TransferLine t, Locale locale) {
        return t.recipient() + ", " + t.country() + ": " + t.ground()
                + (t.lawful() ? "" : " (" + Messages.text(locale, "register.transfer.unlawful") + ")");
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }
}
