package eu.art28.processors.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import eu.art28.platform.entity.Role;
import eu.art28.platform.control.Messages;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorReview;
import eu.art28.processors.entity.ReviewOutcome;

/**
 * processors/view.xhtml: one processor's whole story, a summary above tabs (the tab in the address, so that a link
 * opens it and only what it shows is read), and offboarding it after confirmation.
 */
@Named
@ViewScoped
public class ViewProcessorBacking implements Serializable {

    /** The tabs of the page, in their order. */
    public enum Tab { OVERVIEW, AGREEMENTS, ENGAGEMENTS, CHAIN, EVIDENCE, RISK, REVIEWS, REQUESTS, HISTORY }

    @Inject
    Processors processors;

    private Long id;
    private Tab tab = Tab.OVERVIEW;
    private Processor processor;
    private CoverageStatus coverage;
    private LocalDate offboardedOn;
    private String offboardingReason;
    private List<ProcessorReview> reviews;
    private ReviewOutcome reviewOutcome = ReviewOutcome.SUFFICIENT;
    private String reviewNotes;
    private LocalDate nextReviewOn;

    public void load() {
        processor = processors.find(id);
        offboardedOn = LocalDate.now();
        reviews = processors.reviews(id);
        coverage = processors.coverage(id);
    }

    public Tab[] getTabs() {
        return Tab.values();
    }

    public Tab getTab() {
        return tab;
    }

    /** No tab in the address is the overview. */
    public void setTab(Tab tab) {
        this.tab = tab == null ? Tab.OVERVIEW : tab;
    }

    public CoverageStatus getCoverage() {
        return coverage;
    }

    /** Legal and managers judge whether the processor still gives sufficient guarantees (Art. 28(1)). */
    public boolean isMayReview() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.LEGAL) || context.isUserInRole(Role.Names.MANAGER);
    }

    public void recordReview() {
        try {
            processors.review(id, null, reviewOutcome, reviewNotes, nextReviewOn);
            reviews = processors.reviews(id);
            reviewNotes = null;
            nextReviewOn = null;
            PageMessages.info("review.recorded");
            PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.show("reviewForm", e);
        }
    }

    public List<ProcessorReview> getReviews() {
        return reviews;
    }

    public ReviewOutcome[] getReviewOutcomes() {
        return ReviewOutcome.values();
    }

    public int getCadenceMonths() {
        return processors.cadenceMonths(processor.getRiskTier());
    }

    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public String getReviewNotes() {
        return reviewNotes;
    }

    public void setReviewNotes(String reviewNotes) {
        this.reviewNotes = reviewNotes;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public boolean isMayEdit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PROCUREMENT);
    }

    public void offboard() {
        try {
            processor = processors.offboard(id, processor.getVersion(), offboardedOn, offboardingReason);
            PageMessages.info("processors.view.offboarded", processor.getName());
            PrimeFaces.current().executeScript("PF('offboardDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.show("offboardForm", e);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Processor getProcessor() {
        return processor;
    }

    public LocalDate getOffboardedOn() {
        return offboardedOn;
    }

    public void setOffboardedOn(LocalDate offboardedOn) {
        this.offboardedOn = offboardedOn;
    }

    public String getOffboardingReason() {
        return offboardingReason;
    }

    public void setOffboardingReason(String offboardingReason) {
        this.offboardingReason = offboardingReason;
    }

    public String getCountryName() {
        return Messages.country(FacesContext.getCurrentInstance().getViewRoot().getLocale(), processor.getCountry());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
