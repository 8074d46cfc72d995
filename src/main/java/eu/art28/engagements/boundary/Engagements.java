package eu.art28.engagements.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import eu.art28.catalogue.boundary.Catalogue;
import eu.art28.catalogue.entity.Kind;
import eu.art28.engagements.entity.Engagement;
import eu.art28.engagements.entity.EngagementChanged;
import eu.art28.platform.boundary.Filter;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.ProcessingScope;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/**
 * The one way in for changes to engagements. Storing one fires {@link EngagementChanged} in the same
 * transaction, so its coverage is judged before the caller gets the answer.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Engagements {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<EngagementChanged> changed;

    @Inject
    Catalogue catalogue;

    public record Query(Long processorId, String text) {
    }

    @PermitAll
    public Engagement find(long id) {
        return NoSuchRecord.unlessMissing(em.find(Engagement.class, id), "engagement", id);
    }

    @PermitAll
    public Processor processor(Long id) {
        return InvalidInput.unlessMissing(id == null ? null : em.find(Processor.class, id),
                "processorId", "engagement.processor.unknown");
    }

    /**
     * The codes of an engagement's scope that the catalogue does not know, per field: an engagement, or a what-if
     * question about one, that names such a code is refused rather than judged.
     */
    @PermitAll
    public List<InvalidInput.Violation> unknownCodes(Set<String> purposes, Set<String> dataCategories,
            Set<String> dataSubjects, String originalPurpose) {
        List<InvalidInput.Violation> problems = new ArrayList<>(catalogue.unknownCodes(
                new ProcessingScope(purposes, dataCategories, dataSubjects, Set.of()).catalogueCodes()));
        if (originalPurpose != null) {
            List<String> unknown = catalogue.unknown(Kind.PURPOSE, List.of(originalPurpose));
            if (!unknown.isEmpty()) {
                problems.add(new InvalidInput.Violation("originalPurpose", "catalogue.codes.unknown", unknown.get(0)));
            }
        }
        return problems;
    }

    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.MANAGER})
    public Engagement save(Engagement engagement) {
        Records.checked(validator, engagement, this::violations);
        String cause = engagement.getId() == null ? "engagement.changed.created" : "engagement.changed.edited";
        Engagement saved = Records.saved(em, engagement, this::find, stored -> { });
        changed.fire(new EngagementChanged(saved.getId(), cause));
        return saved;
    }

    private List<InvalidInput.Violation> violations(Engagement engagement) {
        List<InvalidInput.Violation> problems = new ArrayList<>(engagement.scopeViolations());
        problems.addAll(unknownCodes(engagement.getPurposes(), engagement.getDataCategories(),
                engagement.getDataSubjects(), engagement.getOriginalPurpose()));
        if (engagement.getProcessor() != null && engagement.getProcessor().isOffboarded()) {
            problems.add(new InvalidInput.Violation("processorId", "engagement.processor.offboarded"));
        }
        return problems;
    }

    @PermitAll
    public Page<Engagement> search(Query query, int page, int size) {
        Requests.paging(page, size);
        Filter filter = new Filter("1 = 1")
                .and("e.processor.id = :processor", "processor", query.processorId())
                .containing("(lower(e.description) like :text or lower(e.processor.name) like :text)", query.text());
        return Page.byIds(filter.query(em, "select e.id from Engagement e", " order by e.startsOn desc, e.id desc",
                Long.class), filter.query(em, "select count(e) from Engagement e", "", Long.class), page, size,
                chosen -> em.createQuery("select e from Engagement e join fetch e.processor where e.id in :ids",
                        Engagement.class).setParameter("ids", chosen).getResultList());
    }
}
