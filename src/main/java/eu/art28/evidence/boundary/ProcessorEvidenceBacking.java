package eu.art28.evidence.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceValidity;
import eu.art28.platform.boundary.ReadOnce;

/**
 * The evidence section of processors/view.xhtml: the processor's evidence on file and how valid it is today. Its
 * own bean, because processors must not depend on evidence (evidence refers to processors).
 */
@Named
@RequestScoped
public class ProcessorEvidenceBacking {

    @Inject
    EvidenceRegister register;

    private final ReadOnce<Long, List<Evidence>> read = new ReadOnce<>(id -> register.of(id));

    public List<Evidence> of(Long processorId) {
        return processorId == null ? List.of() : read.of(processorId);
    }

    public EvidenceValidity validity(Evidence evidence) {
        return evidence.validityOn(LocalDate.now(), register.warningDays());
    }
}
