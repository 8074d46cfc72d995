package eu.art28.questionnaires.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.platform.control.Caller;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.entity.Role;
import eu.art28.questionnaires.control.DefaultQuestionnaire;
import eu.art28.questionnaires.control.QuestionnaireFormat;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.QuestionnaireVersion;

/**
 * The security questionnaire's versions: everyone reads them, admin saves the next one. The newest is the one a new
 * request sends; the ones sent before stay as they were.
 */
@ApplicationScoped
@Transactional
public class Questionnaires {

    /** Before the demo data, which may send questionnaires. */
    static final int ORDER = 1100;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @PermitAll
    public List<QuestionnaireVersion> versions() {
        return em.createNamedQuery(QuestionnaireVersion.NEWEST_FIRST, QuestionnaireVersion.class).getResultList();
    }

    /** The version a new request sends. */
    @PermitAll
    public QuestionnaireVersion current() {
        return em.createNamedQuery(QuestionnaireVersion.NEWEST_FIRST, QuestionnaireVersion.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new NoSuchRecord("questionnaire", "current"));
    }

    @PermitAll
    public QuestionnaireVersion version(int version) {
        return NoSuchRecord.unlessMissing(em.find(QuestionnaireVersion.class, version), "questionnaire", version);
    }

    /** The parsed questionnaire of a version. */
    @PermitAll
    public Questionnaire questionnaire(QuestionnaireVersion version) {
        return version.questionnaire(QuestionnaireFormat::read);
    }

    /**
     * Saves the questionnaire as the next version. Two admins saving at once get one version each: the newest is
     * read under a lock, so the second waits for the first and follows it.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public QuestionnaireVersion save(Questionnaire questionnaire) {
        return store(questionnaire, Caller.name(security));
    }

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (versions().isEmpty()) {
            store(DefaultQuestionnaire.read(), "Art28");
        }
    }

    private QuestionnaireVersion store(Questionnaire questionnaire, String by) {
        int newest = em.createNamedQuery(QuestionnaireVersion.NEWEST_FIRST, QuestionnaireVersion.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream()
                .findFirst().map(QuestionnaireVersion::getVersion).orElse(0);
        QuestionnaireVersion saved = new QuestionnaireVersion(newest + 1,
                QuestionnaireFormat.write(questionnaire).toString(), by, Instant.now());
        em.persist(saved);
        em.flush();
        return saved;
    }
}
