package eu.art28.agreements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.catalogue.control.CatalogueCodeInUse;

/** Answers the catalogue before it deletes a code: these agreements name it in their scope. */
@ApplicationScoped
@Transactional
public class CodesInAgreements {

    @PersistenceContext
    EntityManager em;

    void claim(@Observes CatalogueCodeInUse question) {
        question.usedBy(em.createQuery("select a.reference, a.revision from Agreement a join a."
                + question.kind().scopeField() + " c where c = :code order by a.reference, a.revision", Object[].class),
                row -> "agreement " + row[0] + " r" + row[1]);
    }
}
