package eu.art28.audit.control;

import java.util.Set;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Puts every entity under the audit trail when the persistence unit starts (persistence.xml,
 * {@code eclipselink.session.customizer}): one {@link ChangeRecorder} on every entity's descriptor, so that an
 * entity added later is audited without a line of code in its feature.
 */
public class AuditedSession implements SessionCustomizer {

    /**
     * Entities by name that are not audited: the trail itself; the mail outbox, whose claims and retries are
     * delivery bookkeeping, not changes of a record; an agreement's event log, itself an append-only history whose
     * every step the agreement's own entries already show; the login attempts, themselves the append-only audit of
     * failed logins, which a flood of guesses must not copy into the trail; a processor's stored risk scores,
     * mapped read-only and written by JDBC, never through JPA. (The daily jobs' {@code job_run} has no entity.)
     */
    public static final Set<String> NOT_AUDITED = Set.of("AuditEntry", "MailMessage", "AgreementEvent",
            "LoginAttempt", "StoredRiskScore");

    @Override
    public void customize(Session session) {
        ChangeRecorder recorder = new ChangeRecorder();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor() && !descriptor.isAggregateCollectionDescriptor()
                    && !NOT_AUDITED.contains(descriptor.getAlias())) {
                descriptor.getEventManager().addListener(recorder);
            }
        }
        session.getEventManager().addListener(recorder.writer());
    }
}
