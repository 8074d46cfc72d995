package eu.art28.risk.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.RiskTier;
import eu.art28.risk.control.RiskScore;
import eu.art28.risk.entity.RiskFactor;

/**
 * The risk tab of processors/view.xhtml: the computed tier and the tier in force (and why, when a person set it),
 * the factors largest first each linking to its record, and a person's override. Its own bean, because processors
 * must not depend on risk (risk reads processors).
 */
@Named
@ViewScoped
public class ProcessorRiskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Risks risks;

    @Inject
    Event<CodeNames> question;

    private transient Risks.Explained explained;
    private transient List<Row> rows;
    private Long processorId;
    private RiskTier overrideTier = RiskTier.HIGH;
    private String overrideReason;

    /**
     * One factor as the page shows it: its word, points, reason in words, and where its record is (outcome and
     * parameter; no outcome: nothing to link to).
     */
    public record Row(RiskFactor factor, String word, int points, String reason, String outcome, String parameter,
            Object value, String tab) {
    }

    /** Read once per request for the processor on the page. */
    public Risks.Explained of(Long processor) {
        if (explained == null || !processor.equals(processorId)) {
            processorId = processor;
            explained = risks.explain(processor);
            rows = null;
        }
        return explained;
    }

    public List<Row> rows(Long processor) {
        if (rows == null || !processor.equals(processorId)) {
            Risks.Explained risk = of(processor);
            CodeNames names = CodeNames.asked(question, locale());
            rows = risk.score().parts().stream().map(part -> row(part, names, processor)).toList();
        }
        return rows;
    }

    private Row row(RiskScore.Part part, CodeNames names, long processor) {
        String word = Messages.word(names.locale(), part.factor());
        String reason = RiskJson.reason(part, names);
        if (part.kind() == null) {
            return new Row(part.factor(), word, part.points(), reason, null, null, null, null);
        }
        return switch (part.kind()) {
            case ENGAGEMENT -> new Row(part.factor(), word, part.points(), reason, "/engagements/view", "id",
                    part.recordId(), null);
            case EVIDENCE -> new Row(part.factor(), word, part.points(), reason, "/evidence/list", "processorId",
                    processor, null);
            case REVIEW -> new Row(part.factor(), word, part.points(), reason, "/processors/view", "id", processor,
                    "REVIEWS");
            case REQUEST -> new Row(part.factor(), word, part.points(), reason, "/processors/view", "id", processor,
                    "REQUESTS");
            case ALERT -> new Row(part.factor(), word, part.points(), reason, "/alerts/list", "processorId",
                    processor, null);
            case LINK, PROCESSOR -> part.factor() == RiskFactor.CRITICAL_SERVICE
                    ? new Row(part.factor(), word, part.points(), reason, "/processors/view", "id", processor, null)
                    : new Row(part.factor(), word, part.points(), reason, "/chain/view", "processor", processor, null);
            case AGREEMENT -> new Row(part.factor(), word, part.points(), reason, "/agreements/view", "id",
                    part.recordId(), null);
            case INCIDENT -> new Row(part.factor(), word, part.points(), reason, "/incidents/view", "id",
                    part.recordId(), null);
        };
    }

    public boolean isMayOverride() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().isUserInRole(Role.Names.LEGAL)
                || context.getExternalContext().isUserInRole(Role.Names.MANAGER);
    }

    public RiskTier[] getTiers() {
        return RiskTier.values();
    }

    public void override() {
        act(() -> {
            Processor processor = explained.processor();
            risks.override(processor.getId(), processor.getVersion(), overrideTier, overrideReason);
            PageMessages.info("risk.override.done");
        });
    }

    public void followComputed() {
        act(() -> {
            Processor processor = explained.processor();
            risks.followComputed(processor.getId(), processor.getVersion());
            PageMessages.info("risk.follow.done");
        });
    }

    private void act(Runnable action) {
        try {
            of(processorId);
            action.run();
            explained = null;
            rows = null;
            overrideReason = null;
            PrimeFaces.current().executeScript("PF('riskOverrideDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.show("riskOverrideForm", e);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public RiskTier getOverrideTier() {
        return overrideTier;
    }

    public void setOverrideTier(RiskTier overrideTier) {
        this.overrideTier = overrideTier;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
