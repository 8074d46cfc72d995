package eu.art28.evidence.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;

import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceDocument;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.evidence.entity.EvidenceValidity;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.boundary.Tables;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.Role;

/**
 * evidence/list.xhtml: the evidence paged and filtered in the database, by processor, type and validity today;
 * what is about to expire stands out. Procurement and administrators remove evidence here, with a reason.
 */
@Named
@ViewScoped
public class ListEvidenceBacking implements Serializable {

    static final String REMOVE_FORM = "removeForm";

    @Inject
    Tables tables;

    @Inject
    EvidenceRegister register;

    private Long processorId;
    private EvidenceValidity validity;
    private LazyDataModel<Evidence> model;
    private final Map<Long, EvidenceDocument> documents = new HashMap<>();
    private Evidence removing;
    private String reason;

    @PostConstruct
    void init() {
        model = tables.model(tables.rows(Evidence.class)
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (processorId != null) {
                        predicates.add(cb.equal(root.get("processor").get("id"), processorId));
                    }
                    Path<LocalDate> issuedOn = root.get("issuedOn");
                    Path<LocalDate> validUntil = root.get("validUntil");
                    predicates.add(validity == EvidenceValidity.WITHDRAWN ? cb.isNotNull(root.get("withdrawnAt"))
                            : cb.isNull(root.get("withdrawnAt")));
                    LocalDate today = LocalDate.now();
                    if (validity == EvidenceValidity.VALID || validity == EvidenceValidity.EXPIRING) {
                        predicates.add(cb.lessThanOrEqualTo(issuedOn, today));
                        predicates.add(cb.or(cb.isNull(validUntil), cb.greaterThanOrEqualTo(validUntil, today)));
                    }
                    if (validity == EvidenceValidity.EXPIRING) {
                        predicates.add(cb.lessThanOrEqualTo(validUntil, today.plusDays(register.warningDays())));
                    }
                    if (validity == EvidenceValidity.EXPIRED) {
                        predicates.add(cb.lessThan(validUntil, today));
                    }
                })
                .sortEnricher((sort, cb, cq, root, orders) -> {
                    orders.add(soonestEndFirst(cb, root.get("validUntil")));
                    orders.add(cb.asc(root.get("id")));
                })
                .resultEnricher(page -> {
                    documents.clear();
                    documents.putAll(register.currentDocuments(page.stream().map(Evidence::getId).toList()));
                })
                .build());
    }

    /** Soonest end first, then those without an end date: what needs attention comes to the top. */
    private static Order soonestEndFirst(CriteriaBuilder cb, Path<LocalDate> validUntil) {
        return cb.asc(cb.coalesce(validUntil, LocalDate.of(9999, 12, 31)));
    }

    public LazyDataModel<Evidence> getModel() {
        return model;
    }

    public EvidenceValidity validity(Evidence evidence) {
        return evidence.validityOn(LocalDate.now(), register.warningDays());
    }

    public EvidenceDocument document(Evidence evidence) {
        return documents.get(evidence.getId());
    }

    public StreamedContent download(Long evidenceId) {
        return Documents.streamed(register.currentDocument(evidenceId));
    }

    public boolean isMayRemove() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().isUserInRole(Role.Names.PROCUREMENT)
                || faces.getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    /** A fresh copy, so that the removal is checked against the version stored now. */
    public void startRemove(long id) {
        try {
            removing = register.find(id);
            reason = null;
        } catch (NoSuchRecord e) {
            removing = null;
        }
    }

    public void remove() {
        try {
            register.remove(removing.getId(), removing.getVersion(), reason);
            PageMessages.info("evidence.list.removed", removing.getIssuer());
            removing = null;
            PrimeFaces.current().executeScript("PF('removeDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.show(REMOVE_FORM, e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (NotPermitted e) {
            PageMessages.error(null, e.messageKey());
        }
    }

    public String filterLabel(EvidenceValidity validity) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "evidence.list.filter." + validity, register.warningDays());
    }

    public EvidenceType[] getTypes() {
        return EvidenceType.values();
    }

    public EvidenceValidity[] getValidities() {
        return EvidenceValidity.values();
    }

    public int getWarningDays() {
        return register.warningDays();
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public EvidenceValidity getValidity() {
        return validity;
    }

    public void setValidity(EvidenceValidity validity) {
        this.validity = validity;
    }

    public Evidence getRemoving() {
        return removing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
