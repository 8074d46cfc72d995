package eu.art28.chain.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.Countries;
import eu.art28.platform.control.Messages;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;
import eu.art28.transfers.boundary.TransferCountries;
import eu.art28.transfers.control.TransferRules;

/**
 * chain/edit.xhtml: registers a sub-processor that legal approves by name, records a processor's notice under a
 * general authorisation, or changes a link. The inputs bind to this bean, not to the link: a link is built (or
 * read afresh) only when saving, and the whole of it goes to the facade in one transaction, so a refusal leaves
 * nothing stored and nothing half-changed to carry into the next attempt.
 */
@Named
@ViewScoped
public class EditLinkBacking implements Serializable {

    /** Not "link": the form's own request parameter would then be taken for the view parameter of that name. */
    static final String FORM = "edit";

    @Inject
    Subprocessors subprocessors;

    @Inject
    Processors processors;

    @Inject
    TransferCountries transferCountries;

    private Long processorId;
    private Long linkId;
    private boolean notice;

    private Processor processor;
    private SubprocessorLink existing;
    private List<SubprocessorLink> replaceable = List.of();

    private Processor subprocessor;
    private String service;
    private LocalDate noticeReceivedOn = LocalDate.now();
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;
    private Long replacesLinkId;
    private Set<String> purposes = new TreeSet<>();
    private Set<String> dataCategories = new TreeSet<>();
    private Set<String> countries = new TreeSet<>(Set.of("NL"));
    private Map<String, TransferSafeguard> safeguards = new TreeMap<>();
    private boolean flowDown;
    private String flowDownReference;

    public String load() {
        processor = subprocessors.processor(processorId, "processor");
        if (linkId != null) {
            existing = subprocessors.find(processorId, linkId);
            copy(existing);
        } else if (processor.isOffboarded()) {
            return "/chain/view?faces-redirect=true&processor=" + processorId;
        } else if (notice) {
            replaceable = subprocessors.of(processorId).stream()
                    .filter(l -> l.getEndsOn() == null || !l.getEndsOn().isBefore(LocalDate.now())).toList();
        }
        return null;
    }

    private void copy(SubprocessorLink link) {
        notice = link.getAuthorisation() == Authorisation.GENERAL;
        subprocessor = link.getSubprocessor();
        service = link.getService();
        noticeReceivedOn = link.getNoticeReceivedOn();
        startsOn = link.getStartsOn();
        endsOn = link.getEndsOn();
        purposes = new TreeSet<>(link.getPurposes());
        dataCategories = new TreeSet<>(link.getDataCategories());
        countries = new TreeSet<>(link.getCountries());
        safeguards = new TreeMap<>(link.getSafeguards());
        flowDown = link.isFlowDown();
        flowDownReference = link.getFlowDownReference();
    }

    public String save() {
        try {
            return PageMessages.attempt(FORM, () -> {
                SubprocessorLink saved = store();
                if (existing != null) {
                    PageMessages.info("chain.edit.saved", saved.getSubprocessor().getName());
                } else if (notice) {
                    PageMessages.info("chain.edit.noticeRecorded", saved.getSubprocessor().getName(),
                            saved.getObjectionDeadline());
                } else {
                    PageMessages.info("chain.edit.registered", saved.getSubprocessor().getName());
                }
                return "/chain/view?faces-redirect=true&processor=" + processorId;
            });
        } catch (NoSuchRecord e) {
            PageMessages.error(null, "chain.link.gone", subprocessor == null ? "" : subprocessor.getName());
            return null;
        }
    }

    /**
     * The form as the API would send it, applied to a new link or to the stored one as it is now; a new notice
     * goes through the intake, which sets the objection deadline from the processor's agreement.
     */
    private SubprocessorLink store() {
        LinkJson form = new LinkJson(null, null, processorId, null, null, null, service, startsOn, endsOn, null,
                null, noticeReceivedOn, null, null, null, replacesLinkId, null, null, null, null, flowDown,
                flowDownReference, purposes, dataCategories, countries, safeguards, null);
        if (existing != null) {
            return subprocessors.edit(processorId, linkId, existing.getVersion(), form);
        }
        SubprocessorLink link = form.applyTo(new SubprocessorLink(subprocessors.processor(processorId, "processor"),
                subprocessor, notice ? Authorisation.GENERAL : Authorisation.SPECIFIC, subprocessors.caller()));
        return notice ? subprocessors.receive(new Subprocessors.Notice(link, noticeReceivedOn, replacesLinkId))
                : subprocessors.save(link);
    }

    /** Active processors by name, except the processor itself. */
    public List<Processor> completeSubprocessor(String text) {
        return processors.activeNamed(text).stream().filter(p -> !p.getId().equals(processorId)).toList();
    }

    /** The countries chosen that need a transfer safeguard, to pick one for each. */
    public List<String> getNonEeaCountries() {
        TransferRules rules = transferCountries.rules();
        return countries.stream().filter(c -> !rules.inEea(c)).toList();
    }

    public List<SelectItem> getReplaceableOptions() {
        return replaceable.stream().map(l -> new SelectItem(l.getId(), l.getSubprocessor().getName() + " \u2013 "
                + l.getService() + " (" + l.getStartsOn() + ")")).toList();
    }

    public List<SelectItem> getCountryOptions() {
        return Countries.options(locale());
    }

    public String countryName(String code) {
        return Messages.country(locale(), code);
    }

    public TransferSafeguard[] getSafeguardOptions() {
        return TransferSafeguard.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Once legal decided, or the objection deadline passed, only the end date and flow-down may change. */
    public boolean isScopeFixed() {
        return existing != null && existing.isScopeFixed();
    }

    public String getHeadingKey() {
        return existing != null ? "chain.edit.editTitle" : notice ? "chain.edit.noticeTitle" : "chain.edit.registerTitle";
    }

    public boolean isCreating() {
        return existing == null;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public Long getLinkId() {
        return linkId;
    }

    public void setLinkId(Long linkId) {
        this.linkId = linkId;
    }

    public boolean isNotice() {
        return notice;
    }

    public void setNotice(boolean notice) {
        this.notice = notice;
    }

    public Processor getProcessor() {
        return processor;
    }

    public SubprocessorLink getExisting() {
        return existing;
    }

    public Processor getSubprocessor() {
        return subprocessor;
    }

    public void setSubprocessor(Processor subprocessor) {
        this.subprocessor = subprocessor;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public LocalDate getNoticeReceivedOn() {
        return noticeReceivedOn;
    }

    public void setNoticeReceivedOn(LocalDate noticeReceivedOn) {
        this.noticeReceivedOn = noticeReceivedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getReplacesLinkId() {
        return replacesLinkId;
    }

    public void setReplacesLinkId(Long replacesLinkId) {
        this.replacesLinkId = replacesLinkId;
    }

    public Set<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(Set<String> purposes) {
        this.purposes = purposes;
    }

    public Set<String> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Set<String> dataCategories) {
        this.dataCategories = dataCategories;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = countries;
    }

    public Map<String, TransferSafeguard> getSafeguards() {
        return safeguards;
    }

    public boolean isFlowDown() {
        return flowDown;
    }

    public void setFlowDown(boolean flowDown) {
        this.flowDown = flowDown;
    }

    public String getFlowDownReference() {
        return flowDownReference;
    }

    public void setFlowDownReference(String flowDownReference) {
        this.flowDownReference = flowDownReference;
    }
}
