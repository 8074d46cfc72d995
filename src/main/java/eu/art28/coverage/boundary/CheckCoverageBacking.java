package eu.art28.coverage.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.alerts.boundary.AlertJson;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.WhatIfRisk;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Countries;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

/**
 * coverage/check.xhtml: "may we engage P for purposes U on data C of S in countries K from D?", answered
 * before a purchase order is signed. Nothing is stored.
 */
@Named
@ViewScoped
public class CheckCoverageBacking implements Serializable {

    @Inject
    Event<CodeNames> question;

    @Inject
    Event<WhatIfRisk> riskQuestion;

    @Inject
    Coverage coverage;

    @Inject
    Processors processors;

    private Processor processor;
    private Set<String> purposes = new TreeSet<>();
    private Set<String> dataCategories = new TreeSet<>();
    private Set<String> dataSubjects = new TreeSet<>();
    private Set<String> countries = new TreeSet<>(Set.of("NL"));
    private LocalDate from = LocalDate.now();
    private String originalPurpose;
    private Long dataSubjectCount;
    private List<AlertJson.FindingJson> findings;
    private WhatIfRisk.Effect risk;

    public void check() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        EngagementScope hypothetical = new EngagementScope(0, processor.getId(), processor.getName(), purposes,
                dataCategories, dataSubjects, countries, from, null, originalPurpose, processor.getRiskTier(),
                dataSubjectCount);
        CodeNames names = CodeNames.asked(question, locale);
        findings = coverage.check(hypothetical).stream().map(f -> AlertJson.FindingJson.of(f, names)).toList();
        WhatIfRisk asked = new WhatIfRisk(hypothetical, locale);
        riskQuestion.fire(asked);
        risk = asked.effect();
    }

    /** The processor's risk now and with the engagement; null when risk did not answer. */
    public WhatIfRisk.Effect getRisk() {
        return risk;
    }

    public Long getDataSubjectCount() {
        return dataSubjectCount;
    }

    public void setDataSubjectCount(Long dataSubjectCount) {
        this.dataSubjectCount = dataSubjectCount;
    }

    public boolean isMayScan() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    /** The daily scan, now: for an administrator who just changed many agreements or the catalogue. */
    public void scan() {
        Coverage.ScanResult result = coverage.scan("cause.onDemand");
        PageMessages.info("coverage.scan.done", result.engagements(), result.findings(), result.millis());
    }

    public boolean isAnswered() {
        return findings != null;
    }

    public List<Processor> completeProcessor(String text) {
        return processors.activeNamed(text);
    }

    public List<SelectItem> getCountryOptions() {
        return Countries.options(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<AlertJson.FindingJson> getFindings() {
        return findings;
    }

    public Processor getProcessor() {
        return processor;
    }

    public void setProcessor(Processor processor) {
        this.processor = processor;
    }

    public Set<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(Set<String> purposes) {
        this.purposes = purposes;
    }

    public String getOriginalPurpose() {
        return originalPurpose;
    }

    public void setOriginalPurpose(String originalPurpose) {
        this.originalPurpose = originalPurpose;
    }

    public Set<String> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Set<String> dataCategories) {
        this.dataCategories = dataCategories;
    }

    public Set<String> getDataSubjects() {
        return dataSubjects;
    }

    public void setDataSubjects(Set<String> dataSubjects) {
        this.dataSubjects = dataSubjects;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = countries;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
