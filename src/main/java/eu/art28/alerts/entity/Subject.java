package eu.art28.alerts.entity;

import java.io.Serializable;
import java.util.Locale;

/**
 * What an alert is about: one record of the registry, by kind and id. Stored and shown as {@code kind:id}
 * ({@code agreement:7}), the form the alert table, the API's {@code subject} and the list's filter have always used.
 */
public record Subject(Kind kind, long id) implements Serializable {

    public enum Kind {
        AGREEMENT, ENGAGEMENT, PROCESSOR, LINK, EVIDENCE, INCIDENT, REQUEST;

        /** As the stored form writes it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final char SEPARATOR = ':';

    public Subject {
        if (kind == null) {
            throw new IllegalArgumentException("a subject has a kind");
        }
    }

    public static Subject agreement(long id) {
        return new Subject(Kind.AGREEMENT, id);
    }

    public static Subject engagement(long id) {
        return new Subject(Kind.ENGAGEMENT, id);
    }

    public static Subject processor(long id) {
        return new Subject(Kind.PROCESSOR, id);
    }

    /** A sub-processor link. */
    public static Subject link(long id) {
        return new Subject(Kind.LINK, id);
    }

    public static Subject evidence(long id) {
        return new Subject(Kind.EVIDENCE, id);
    }

    /** A breach a processor reported. */
    public static Subject incident(long id) {
        return new Subject(Kind.INCIDENT, id);
    }

    /** Something we asked a processor for (the requests feature). */
    public static Subject request(long id) {
        return new Subject(Kind.REQUEST, id);
    }

    /** About an engagement, or about a processor as a whole when {@code engagementId} is null. */
    public static Subject of(long processorId, Long engagementId) {
        return engagementId != null ? engagement(engagementId) : processor(processorId);
    }

    /** From the stored form; refuses anything else. */
    public static Subject parse(String text) {
        int separator = text == null ? -1 : text.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("not a subject such as agreement:7: " + text);
        }
        try {
            return new Subject(Kind.valueOf(text.substring(0, separator).toUpperCase(Locale.ROOT)),
                    Long.parseLong(text.substring(separator + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a subject such as agreement:7: " + text, e);
        }
    }

    /**
     * The page where a person acts on this subject, relative to the application: the mail's links and the alert
     * list's. A sub-processor link has no page of its own; it is acted on in its processor's chain.
     */
    public String page(long processorId) {
        return switch (kind) {
            case ENGAGEMENT -> "engagements/view.xhtml?id=" + id;
            case AGREEMENT -> "agreements/view.xhtml?id=" + id;
            case PROCESSOR -> "processors/view.xhtml?id=" + id;
            case LINK -> "chain/view.xhtml?processor=" + processorId;
            case EVIDENCE -> "evidence/edit.xhtml?id=" + id;
            case INCIDENT -> "incidents/view.xhtml?id=" + id;
            // a request is acted on in its processor's requests tab
            case REQUEST -> "processors/view.xhtml?tab=REQUESTS&id=" + processorId;
        };
    }

    /** The stored form. */
    @Override
    public String toString() {
        return kind.word() + SEPARATOR + id;
    }
}
