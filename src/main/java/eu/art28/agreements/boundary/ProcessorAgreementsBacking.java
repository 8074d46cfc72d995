package eu.art28.agreements.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.agreements.entity.Agreement;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.ReadOnce;

/**
 * The agreements tab of processors/view.xhtml: the processor's agreements, every revision, the first page of the
 * list it links to. Its own bean, because processors must not depend on agreements (agreements refer to processors).
 */
@Named
@RequestScoped
public class ProcessorAgreementsBacking {

    static final int SHOWN = 25;

    @Inject
    Agreements agreements;

    private final ReadOnce<Long, Page<Agreement>> read = new ReadOnce<>(
            id -> agreements.search(new Agreements.Query(null, id, null, null), 0, SHOWN));

    public Page<Agreement> of(Long processorId) {
        return read.of(processorId);
    }

    public boolean inForceToday(Agreement agreement) {
        return agreement.inForceOn(LocalDate.now());
    }
}
