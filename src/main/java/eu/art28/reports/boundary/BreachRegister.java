package eu.art28.reports.boundary;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.art28.incidents.boundary.Incidents;
import eu.art28.incidents.control.BreachClock;
import eu.art28.incidents.entity.Incident;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.control.Messages;
import eu.art28.reports.control.Pdf;

/**
 * The breach register (Art. 33(5)) as a PDF to hand to the supervisory authority: every breach, notified or not, with
 * the facts, the processor's notice and our decision; and the same lines for one processor's dossier.
 */
@ApplicationScoped
@PermitAll
public class BreachRegister {

    @Inject
    Incidents incidents;

    public static String fileName(LocalDate day) {
        return "breaches-" + day + ".pdf";
    }

    /** The latest {@link Page#MAX_SIZE} breaches, as the register page shows them. */
    @PermitAll
    public byte[] pdf(Locale locale) {
        List<Incidents.Judged> judged = incidents.page(null, 0, Page.MAX_SIZE).items();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdf.write(out, Messages.text(locale, "incidents.list.title"),
                Messages.text(locale, "dossier.asOn", Messages.date(locale, LocalDate.now())), pdf -> {
                    pdf.paragraph(Messages.text(locale, "incident.list.hint"));
                    table(pdf, locale, judged, true);
                });
        return out.toByteArray();
    }

    /** The breaches as a table, with the processor that reported each where they are not all one's. */
    static void table(Pdf pdf, Locale locale, List<Incidents.Judged> judged, boolean withProcessor) {
        if (judged.isEmpty()) {
            pdf.paragraph(Messages.text(locale, "dossier.none"));
            return;
        }
        List<String> headers = new ArrayList<>();
        if (withProcessor) {
            headers.add(Messages.text(locale, "incident.processorId"));
        }
        for (String key : List.of("incident.awareAt", "incident.description", "incident.subjectsEstimate",
                "incident.list.notice", "dossier.incident.decision", "incident.subjectsInformed")) {
            headers.add(Messages.text(locale, key));
        }
        pdf.table(headers, judged.stream().map(j -> row(locale, j, withProcessor)).toList());
    }

    private static List<String> row(Locale locale, Incidents.Judged j, boolean withProcessor) {
        Incident i = j.incident();
        List<String> cells = new ArrayList<>();
        if (withProcessor) {
            cells.add(j.processorName());
        }
        cells.add(Messages.moment(locale, BreachClock.local(i.getAwareAt())));
        cells.add(i.isAtSubprocessor() ? i.getDescription() + "\n" + Messages.text(locale,
                "dossier.incident.atSubprocessor", j.sourceProcessorName()) : i.getDescription());
        cells.add(i.getSubjectsEstimate() == null ? "" : String.valueOf(i.getSubjectsEstimate()));
        cells.add(Messages.text(locale, j.notice().late() ? "dossier.incident.late" : "dossier.incident.inTime",
                j.notice().taken().toHours(), j.notice().allowed()));
        cells.add(!i.isDecided() ? Messages.text(locale, "incident.state.open")
                : Boolean.TRUE.equals(i.getNotifyAuthority()) ? Messages.text(locale, "dossier.incident.notified",
                        Messages.date(locale, i.getNotifiedOn()), i.getNotificationReference() == null ? ""
                                : i.getNotificationReference()).strip()
                : Messages.text(locale, "incident.no") + ": " + i.getAuthorityReason());
        cells.add(i.getSubjectsInformed() == null ? "" : Messages.text(locale, i.getSubjectsInformed()
                ? "incident.yes" : "incident.no") + ": " + i.getSubjectsReason());
        return cells;
    }
}
