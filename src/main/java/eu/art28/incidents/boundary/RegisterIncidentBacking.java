package eu.art28.incidents.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    private final IncidentFacts facts = new IncidentFacts();
    private LocalDateTime reportedAt;
    private ReportChannel reportedVia;
    private LocalDateTime awareAt;
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
            Incidents.Judged registered = incidents.register(processorId, sourceProcessorId,
                    facts.report(reportedAt, reportedVia, awareAt));
            return "/incidents/view?faces-redirect=true&id=" + registered.incident().getId();
        });
    }

    /** The vendor portal is not offered: an incident comes through it by the processor's own report. */
    public java.util.List<ReportChannel> getChannels() {
        return java.util.Arrays.stream(ReportChannel.values()).filter(c -> c != ReportChannel.VENDOR_PORTAL).toList();
    }

    public IncidentFacts getFacts() {
        return facts;
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
}
