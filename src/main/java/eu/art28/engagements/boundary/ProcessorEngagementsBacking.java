package eu.art28.engagements.boundary;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.ReadOnce;

/**
 * The engagements tab of processors/view.xhtml: what we use the processor for, newest first, the first page of the
 * list it links to. Its own bean, because processors must not depend on engagements.
 */
@Named
@RequestScoped
public class ProcessorEngagementsBacking {

    static final int SHOWN = 25;

    @Inject
    Engagements engagements;

    private final ReadOnce<Long, Page<Engagement>> read = new ReadOnce<>(
            id -> engagements.search(new Engagements.Query(id, null), 0, SHOWN));

    public Page<Engagement> of(Long processorId) {
        return read.of(processorId);
    }
}
