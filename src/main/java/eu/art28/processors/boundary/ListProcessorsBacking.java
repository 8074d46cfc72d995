package eu.art28.processors.boundary;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.LazyDataModel;

import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

/** processors/list.xhtml: the table pages, sorts and filters in the database, one page at a time. */
@Named
@ViewScoped
public class ListProcessorsBacking implements Serializable {

    @PersistenceContext
    transient EntityManager em;

    private LazyDataModel<Processor> model;

    @PostConstruct
    void init() {
        model = JPALazyDataModel.<Processor>builder()
                .entityClass(Processor.class)
                .entityManager(() -> em)
                .rowKeyField("id")
                .caseSensitive(false)
                // ties (same name) keep a fixed order, so a row never shows on two pages
                .sortEnricher((sort, cb, cq, root, orders) -> orders.add(cb.asc(root.get("id"))))
                .build();
    }

    public LazyDataModel<Processor> getModel() {
        return model;
    }

    public RiskTier[] getRiskTiers() {
        return RiskTier.values();
    }

    public ProcessorStatus[] getStatuses() {
        return ProcessorStatus.values();
    }
}
