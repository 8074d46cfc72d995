package eu.art28.requests.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import eu.art28.alerts.entity.MailMessage;
import eu.art28.platform.control.Messages;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestKind;

/**
 * The mail that carries a request's personal link, in the contact's language: who asks, what and why (the clause
 * it serves), by when, and the link. The link is in this mail only; nothing else keeps it.
 */
public final class RequestMail {

    /** Where a link opens: the servlet that trades it for the vendor's page. */
    public static final String LINK_PATH = "vendor/link/";

    private RequestMail() {
    }

    public static MailMessage of(Request request, String secret, String baseUrl, String organisation, Instant at) {
        if (request.getKind() == RequestKind.INCIDENT_REPORT) {
            return incidentLink(request, secret, baseUrl, organisation, at);
        }
        Locale locale = request.getLocale();
        String kind = Messages.word(locale, request.getKind());
        String body = Messages.text(locale, "mail.request.greeting", request.getContactName()) + "\n\n"
                + Messages.text(locale, "mail.request.intro", organisation, request.getProcessor().getName(), kind)
                + "\n" + Messages.text(locale, "RequestKind." + request.getKind() + ".why") + "\n\n"
                + (request.getMessage() == null ? "" : request.getMessage() + "\n\n")
                + Messages.text(locale, "mail.request.due", Messages.date(locale, request.getDueOn())) + "\n\n"
                + link(baseUrl, secret) + "\n\n"
                + Messages.text(locale, "mail.request.personal",
                        Messages.date(locale, request.getLinkValidUntil())) + "\n";
        return new MailMessage(request.getContactEmail(), Messages.text(locale, "mail.request.subject", kind,
                MailMessage.line(request.getProcessor().getName())), body, at);
    }

    /**
     * The mail of a standing link to report breaches, which asks for nothing now: what to report and how quickly
     * (Art. 33(2)), that it serves whenever a breach happens, and until when; no due day, as nothing is due.
     */
    static MailMessage incidentLink(Request request, String secret, String baseUrl, String organisation, Instant at) {
        Locale locale = request.getLocale();
        String processor = request.getProcessor().getName();
        String body = Messages.text(locale, "mail.request.greeting", request.getContactName()) + "\n\n"
                + Messages.text(locale, "mail.incidentLink.intro", organisation, processor) + "\n\n"
                + Messages.text(locale, "mail.incidentLink.when") + "\n\n"
                + Messages.text(locale, "mail.incidentLink.what") + "\n\n"
                + (request.getMessage() == null ? "" : request.getMessage() + "\n\n")
                + link(baseUrl, secret) + "\n\n"
                + Messages.text(locale, "mail.incidentLink.valid", Messages.date(locale, request.getLinkValidUntil()))
                + "\n";
        return new MailMessage(request.getContactEmail(), Messages.text(locale, "mail.incidentLink.subject",
                MailMessage.line(organisation), MailMessage.line(processor)), body, at);
    }

    /**
     * The receipt after the vendor submitted: what they sent and when, and that it is reviewed before it counts.
     * No link: the request is answered and its link no longer opens it.
     */
    public static MailMessage receipt(Request request, String organisation, Instant at) {
        Locale locale = request.getLocale();
        String kind = Messages.word(locale, request.getKind());
        Request.EvidenceAnswer answer = request.getEvidenceAnswer();
        Request.DeletionAnswer deletion = request.getDeletionAnswer();
        String body = Messages.text(locale, "mail.request.greeting", request.getContactName()) + "\n\n"
                + Messages.text(locale, "mail.receipt.intro", organisation, request.getProcessor().getName(), kind,
                        Messages.moment(locale, LocalDateTime.ofInstant(at, ZoneId.systemDefault()))) + "\n"
                + (answer.type() == null ? "" : Messages.word(locale, answer.type()) + ", " + answer.issuer()
                        + ", " + Messages.date(locale, answer.issuedOn())
                        + (answer.validUntil() == null ? "" : " – " + Messages.date(locale, answer.validUntil()))
                        + "\n")
                + (deletion.method() == null ? "" : Messages.word(locale, deletion.method()) + ", "
                        + Messages.date(locale, deletion.deletedOn()) + "\n")
                + "\n" + (request.getKind() == RequestKind.INCIDENT_REPORT
                        ? Messages.text(locale, "mail.receipt.review.INCIDENT_REPORT",
                                Messages.date(locale, request.getLinkValidUntil()))
                        : Messages.text(locale, "mail.receipt.review")) + "\n";
        return new MailMessage(request.getContactEmail(), Messages.text(locale, "mail.receipt.subject", kind,
                MailMessage.line(request.getProcessor().getName())), body, at);
    }

    /**
     * A reminder before the due day, in the contact's language: which request (what, for whom, sent when) and by when.
     * No link: only the first mail ever had it (the request keeps its hash alone), and a new one would silently kill
     * the link the contact may have kept (docs/decisions.md). The mail says to use the first one.
     */
    public static MailMessage reminder(Request request, String organisation, Instant at) {
        Locale locale = request.getLocale();
        String kind = Messages.word(locale, request.getKind());
        String sentOn = Messages.date(locale, LocalDateTime.ofInstant(request.getCreatedAt(), ZoneId.systemDefault())
                .toLocalDate());
        String body = Messages.text(locale, "mail.request.greeting", request.getContactName()) + "\n\n"
                + Messages.text(locale, "mail.reminder.intro", organisation, request.getProcessor().getName(), kind,
                        sentOn) + "\n\n"
                + Messages.text(locale, "mail.reminder.due", Messages.date(locale, request.getDueOn())) + "\n\n"
                + Messages.text(locale, "mail.reminder.link", sentOn,
                        Messages.date(locale, request.getLinkValidUntil())) + "\n";
        return new MailMessage(request.getContactEmail(), Messages.text(locale, "mail.reminder.subject", kind,
                MailMessage.line(request.getProcessor().getName()), Messages.date(locale, request.getDueOn())), body,
                at);
    }

    public static String link(String baseUrl, String secret) {
        return baseUrl + LINK_PATH + secret;
    }
}
