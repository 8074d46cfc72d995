package eu.art28.incidents.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.incidents.control.BreachClock;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.ReportChannel;
import eu.art28.platform.boundary.PageMessages;

/**
 * incidents/edit.xhtml: registers a breach a processor reported, opened from the processor's page. Moments are typed
 * in the controller's zone (Europe/Amsterdam); we became aware when told, unless said otherwise.
 */
@Named
@ViewScoped
public class RegisterIncidentBacking implements Serializable {

    @Inject
    Incidents incidents;

    private Long processorId;
    private Long sourceProcessorId;
    private LocalDateTime occurredAt;
    private LocalDateTime processorAwareAt;
    private LocalDateTime reportedAt;
    private ReportChannel reportedVia;
    private LocalDateTime awareAt;
    private String description;
    private String systems;
    private Long subjectsEstimate;
    private Long recordsEstimate;
    private String measures;
    private Map<Long, String> sources = Map.of();

    public void load() {
        if (processorId != null) {
            sources = incidents.sourcesOf(processorId);
            if (sourceProcessorId == null) {
                sourceProcessorId = processorId;
            }
        }
    }

    public String register() {
        return PageMessages.attempt("incident", () -> {
            Incidents.Judged registered = incidents.register(processorId, sourceProcessorId, new Incident.Report(
                    instant(occurredAt), instant(processorAwareAt), instant(reportedAt), reportedVia,
                    instant(awareAt != null ? awareAt : reportedAt), description, systems, subjectsEstimate,
                    recordsEstimate, measures));
            return "/incidents/view?faces-redirect=true&id=" + registered.incident().getId();
        });
    }

    private static java.time.Instant instant(LocalDateTime local) {
        return local == null ? null : BreachClock.instant(local);
    }

    /** The vendor portal is not offered: an incident comes through it by the processor's own report. */
    public java.util.List<ReportChannel> getChannels() {
        return java.util.Arrays.stream(ReportChannel.values()).filter(c -> c != ReportChannel.VENDOR_PORTAL).toList();
    }

    public Map<Long, String> getSources() {
        return sources;
    }

    public String getProcessorName() {
        return processorId == null ? null : sources.get(processorId);
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public Long getSourceProcessorId() {
        return sourceProcessorId;
    }

    public void setSourceProcessorId(Long sourceProcessorId) {
        this.sourceProcessorId = sourceProcessorId;
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

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public ReportChannel getReportedVia() {
        return reportedVia;
    }

    public void setReportedVia(ReportChannel reportedVia) {
        this.reportedVia = reportedVia;
    }

    public LocalDateTime getAwareAt() {
        return awareAt;
    }

    public void setAwareAt(LocalDateTime awareAt) {
        this.awareAt = awareAt;
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
