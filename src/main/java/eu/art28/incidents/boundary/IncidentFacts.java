package eu.art28.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

import eu.art28.incidents.control.BreachClock;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.ReportChannel;

/**
 * The facts of a breach as a form takes them, from our people (incidents/edit.xhtml) or from the processor's contact
 * (vendor/request.xhtml): the moments typed in the controller's zone, Europe/Amsterdam. When and how it was told to
 * us is not among them: each form knows that its own way.
 */
public class IncidentFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDateTime occurredAt;
    private LocalDateTime processorAwareAt;
    private String description;
    private String systems;
    private Long subjectsEstimate;
    private Long recordsEstimate;
    private String measures;

    public IncidentFacts() {
    }

    /** The facts kept before (a draft), to go on with. */
    public IncidentFacts(Instant occurredAt, Instant processorAwareAt, String description, String systems,
            Long subjectsEstimate, Long recordsEstimate, String measures) {
        this.occurredAt = local(occurredAt);
        this.processorAwareAt = local(processorAwareAt);
        this.description = description;
        this.systems = systems;
        this.subjectsEstimate = subjectsEstimate;
        this.recordsEstimate = recordsEstimate;
        this.measures = measures;
    }

    /** What the processor told us, at that moment, that way; we became aware then too unless {@code awareAt} says. */
    public Incident.Report report(LocalDateTime reportedAt, ReportChannel via, LocalDateTime awareAt) {
        return new Incident.Report(occurred(), processorAware(), instant(reportedAt), via,
                instant(awareAt != null ? awareAt : reportedAt), description, systems, subjectsEstimate,
                recordsEstimate, measures);
    }

    public Instant occurred() {
        return instant(occurredAt);
    }

    public Instant processorAware() {
        return instant(processorAwareAt);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : BreachClock.instant(local);
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : BreachClock.local(at);
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LocalDateTime getProcessorAwareAt() {
        return processorAwareAt;
    }

    public void setProcessorAwareAt(LocalDateTime processorAwareAt) {
        this.processorAwareAt = processorAwareAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSystems() {
        return systems;
    }

    public void setSystems(String systems) {
        this.systems = systems;
    }

    public Long getSubjectsEstimate() {
        return subjectsEstimate;
    }

    public void setSubjectsEstimate(Long subjectsEstimate) {
        this.subjectsEstimate = subjectsEstimate;
    }

    public Long getRecordsEstimate() {
        return recordsEstimate;
    }

    public void setRecordsEstimate(Long recordsEstimate) {
        this.recordsEstimate = recordsEstimate;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }
}
