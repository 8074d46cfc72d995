package eu.art28.engagements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.catalogue.control.CatalogueCodeInUse;
import eu.art28.catalogue.entity.Kind;

/** Answers the catalogue before it deletes a code: these engagements use it. */
@ApplicationScoped
@Transactional
public class CodesInEngagements {

    @PersistenceContext
    EntityManager em;

    void claim(@Observes CatalogueCodeInUse question) {
        question.usedBy(em.createQuery("select e.description from Engagement e join e."
                + question.kind().scopeField() + " c where c = :code order by e.id", String.class),
                description -> "engagement " + description);
        if (question.kind() == Kind.PURPOSE) {
            question.usedBy(em.createQuery("select e.description from Engagement e where e.originalPurpose = :code"
                    + " order by e.id", String.class), description -> "engagement " + description);
        }
    }
}
