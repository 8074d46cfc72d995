package eu.art28.chain.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.ReadOnce;

/**
 * The chain tab of processors/view.xhtml: the processor's own sub-processors and where each stands today; the
 * chain at every depth is chain/view.xhtml. Its own bean, because processors must not depend on the chain.
 */
@Named
@RequestScoped
public class ProcessorLinksBacking {

    @Inject
    Subprocessors subprocessors;

    private final ReadOnce<Long, List<SubprocessorLink>> read = new ReadOnce<>(id -> subprocessors.of(id));

    public List<SubprocessorLink> of(Long processorId) {
        return read.of(processorId);
    }

    public LinkStatus status(SubprocessorLink link) {
        return link.statusOn(LocalDate.now());
    }
}
