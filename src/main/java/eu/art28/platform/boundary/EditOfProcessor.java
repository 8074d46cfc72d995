package eu.art28.platform.boundary;

import java.io.Serializable;
import java.util.function.Function;

/**
 * The view parameters of a page that edits a record of one processor (agreement, engagement, evidence): {@code id}
 * names the record to change; without it a new one is started, for {@code processorId} when the link came from a
 * processor's page.
 */
public abstract class EditOfProcessor implements Serializable {

    private Long id;
    private Long processorId;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The processor a new record starts with: the one {@code processorId} names, or none yet. */
    protected <P> P startingProcessor(Function<Long, P> lookup) {
        return processorId == null ? null : lookup.apply(processorId);
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }
}
