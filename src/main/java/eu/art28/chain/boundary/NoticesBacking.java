package eu.art28.chain.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


import eu.art28.chain.entity.SubprocessorLink;

/**
 * chain/notices.xhtml: what legal still has to decide, soonest objection deadline first. Every role reads it;
 * only legal gets the buttons. The deadlines that are as near as the alert's warning period stand out.
 */
@Named
@ViewScoped
public class NoticesBacking implements Serializable {

    @Inject
    Subprocessors subprocessors;

    @Inject
    LinkDecisions decisions;

    /** Two weeks: an objection needs a reason legal can stand behind, which takes a few days to write. */
    static final int URGENT_DAYS = 14;

    private List<SubprocessorLink> undecided;

    @PostConstruct
    void start() {
        refresh();
    }

    private void refresh() {
        undecided = subprocessors.undecided();
    }

    public void decide() {
        decisions.take();
        refresh();
    }

    /** Days until the objection deadline, 0 on the day itself; none for a request that waits for approval. */
    public Long daysLeft(SubprocessorLink link) {
        return link.getObjectionDeadline() == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(), link.getObjectionDeadline());
    }

    public boolean urgent(SubprocessorLink link) {
        Long days = daysLeft(link);
        return days != null && days <= URGENT_DAYS;
    }

    public LinkDecisions getDecisions() {
        return decisions;
    }

    public List<SubprocessorLink> getUndecided() {
        return undecided;
    }
}
