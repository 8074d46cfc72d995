package eu.art28.deadlines.control;

import java.io.Serializable;
import java.time.LocalDate;

import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Subject;

/**
 * A date on which something we rely on runs out, about a subject that alerts speak of ({@code agreement:7}).
 * Each kind names the rule whose alerts warn of it, so a figure of expiries links to those alerts.
 */
public record Expiry(Kind kind, Subject subject, String label, LocalDate on) implements Serializable {

    public enum Kind {
        /** The last day of an agreement that does not renew by itself. */
        TERM_END(Rule.AGREEMENT_EXPIRING),
        /** The last day to give notice on an agreement that renews by itself. */
        NOTICE_DEADLINE(Rule.NOTICE_DEADLINE_NEAR);
        // Evidence joins here once its table exists: VALID_UNTIL(Rule.EVIDENCE_EXPIRING) about evidence:{id},
        // read from evidence.valid_until by Expiring beside the agreements.

        private final Rule rule;

        Kind(Rule rule) {
            this.rule = rule;
        }

        public Rule rule() {
            return rule;
        }
    }
}
