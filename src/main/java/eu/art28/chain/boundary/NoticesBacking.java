package eu.art28.chain.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.ConfigProvider;

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

    /**
     * The same period as the objection-deadline alert's (ART28_OBJECTION_WARNING_DAYS). Read from the configuration
     * rather than injected: a view-scoped bean may not hold the container's dependent config producer.
     */
    private int warningDays;

    private List<SubprocessorLink> undecided;

    @PostConstruct
    void start() {
        warningDays = ConfigProvider.getConfig().getOptionalValue("art28.objection.warning-days", Integer.class)
                .orElse(14);
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
        return days != null && days <= warningDays;
    }

    public LinkDecisions getDecisions() {
        return decisions;
    }

    public List<SubprocessorLink> getUndecided() {
        return undecided;
    }
}
