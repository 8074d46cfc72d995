package eu.art28.chain.boundary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;

/**
 * The chain tab of processors/view.xhtml: the processor's own sub-processors and where each stands today; the
 * chain at every depth is chain/view.xhtml. Its own bean, because processors must not depend on the chain.
 */
@Named
@RequestScoped
public class ProcessorLinksBacking {

    @Inject
    Subprocessors subprocessors;

    private final Map<Long, List<SubprocessorLink>> read = new HashMap<>();

    /** Read once per request, however often the page asks. */
    public List<SubprocessorLink> of(Long processorId) {
        return read.computeIfAbsent(processorId, subprocessors::of);
    }

    public LinkStatus status(SubprocessorLink link) {
        return link.statusOn(LocalDate.now());
    }
}
