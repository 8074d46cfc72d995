package eu.art28.agreements.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import eu.art28.agreements.control.ExpiringAgreements;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.platform.boundary.Tables;

/**
 * agreements/list.xhtml: all versions, paged and filtered in the database; optionally those of one processor
 * or those expiring within a number of days. The view parameter {@code status} presets the status column's filter.
 */
@Named
@ViewScoped
public class ListAgreementsBacking implements Serializable {

    @Inject
    Tables tables;

    @Inject
    ExpiringAgreements expiring;

    private Long processorId;
    private Integer expiringWithinDays;
    private AgreementStatus status;
    private LazyDataModel<Agreement> model;

    @PostConstruct
    void init() {
        model = tables.model(tables.rows(Agreement.class)
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (processorId != null) {
                        predicates.add(cb.equal(root.get("processor").get("id"), processorId));
                    }
                    if (expiringWithinDays != null) {
                        List<Long> ids = expiring.idsWithin(expiringWithinDays);
                        predicates.add(ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids));
                    }
                })
                .sortEnricher((sort, cb, cq, root, orders) -> orders.add(cb.asc(root.get("id"))))
                .build());
    }

    public LazyDataModel<Agreement> getModel() {
        return model;
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public boolean inForceToday(Agreement agreement) {
        return agreement.inForceOn(LocalDate.now());
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public Integer getExpiringWithinDays() {
        return expiringWithinDays;
    }

    public void setExpiringWithinDays(Integer expiringWithinDays) {
        this.expiringWithinDays = expiringWithinDays;
    }
}
