package eu.art28.agreements.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import eu.art28.platform.entity.Role;
import eu.art28.agreements.control.AgreementDiff;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementDocument;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.DpaAnalysis;
import eu.art28.agreements.entity.DpaProposal;
import eu.art28.agreements.entity.ProposalKind;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NotPermitted;

/**
 * agreements/view.xhtml: one version with its checklist, documents and history, and the workflow actions the
 * user's role allows. The agreement decides whether an action fits its state; this bean only shows the result.
 */
@Named
@ViewScoped
public class ViewAgreementBacking implements Serializable {

    @Inject
    Agreements agreements;

    @Inject
    DpaAnalyses analyses;

    /** A piece of a passage, marked when it is what the reader matched. */
    public record Segment(String text, boolean marked) {
    }

    /** One proposal as the panel shows it: the value in words and the passage in segments, never as markup. */
    public record ProposalRow(DpaProposal proposal, String value, List<Segment> segments, List<Alternative> alternatives) {

        public boolean open() {
            return proposal.getState() == DpaProposal.State.PROPOSED;
        }

        public int percent() {
            return proposal.getConfidence().movePointRight(2).intValue();
        }
    }

    /** Another value found for the same field, in words, and its page: the reviewer may accept that one instead. */
    public record Alternative(String value, int page) {
    }

    private DpaAnalysis analysis;
    private List<ProposalRow> proposals = List.of();
    private final Map<Long, String> corrections = new HashMap<>();

    private Long id;
    private Agreement agreement;
    private List<AgreementDocument> documents;
    private List<AgreementDiff.Change> changes;
    private String reason;
    private final Map<Clause, String> remarks = new EnumMap<>(Clause.class);
    private LocalDate terminatedOn;
    private UploadedFile file;

    public void load() {
        refresh();
        terminatedOn = LocalDate.now();
    }

    private void refresh() {
        agreement = agreements.find(id);
        agreement.getHistory();
        documents = agreements.documents(id);
        Agreement inForce = agreements.inForceVersion(agreement);
        changes = inForce == null ? List.of() : AgreementDiff.between(inForce, agreement);
        refreshAnalysis();
    }

    private void refreshAnalysis() {
        analysis = analyses.newest(id).orElse(null);
        // the reviewer starts where the reader doubts most: lowest confidence first, then in document order
        List<DpaProposal> all = analysis == null ? List.of() : analyses.proposals(analysis.getId());
        Map<DpaProposal, List<DpaProposal>> alternatives = DpaProposal.alternatives(all);
        proposals = all.stream()
                .sorted(Comparator.comparing(DpaProposal::getConfidence).thenComparing(DpaProposal::getId))
                .map(p -> new ProposalRow(p, shown(p), segments(p), alternatives.get(p).stream()
                        .map(a -> new Alternative(shown(a), a.getPage())).toList())).toList();
    }

    private static String shown(DpaProposal p) {
        String v = p.getState() == DpaProposal.State.CORRECTED ? p.getFinalValue() : p.getProposedValue();
        return switch (p.getKind()) {
            case SUB_PROCESSING -> text("SubProcessing." + v);
            case STANDARD -> text("Standard." + v);
            case SUBPROCESSOR -> String.join(" · ", java.util.Arrays.stream(v.split("\\|")).filter(x -> !x.isBlank())
                    .toList());
            default -> v;
        };
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    static List<Segment> segments(DpaProposal p) {
        List<Segment> segments = new ArrayList<>();
        String passage = p.getPassage();
        int at = 0;
        for (DpaProposal.Mark m : p.marks()) {
            if (m.start() < at || m.end() > passage.length()) {
                continue;
            }
            if (m.start() > at) {
                segments.add(new Segment(passage.substring(at, m.start()), false));
            }
            segments.add(new Segment(passage.substring(m.start(), m.end()), true));
            at = m.end();
        }
        if (at < passage.length()) {
            segments.add(new Segment(passage.substring(at), false));
        }
        return segments;
    }

    /** The poll's listener: reloads the reading while it runs, and the agreement once it is done. */
    public void pollAnalysis() {
        refreshAnalysis();
    }

    public boolean isAnalysing() {
        return analysis != null && !analysis.getStatus().finished();
    }

    public boolean isMayAccept() {
        return isMayDraft() && agreement.getStatus().editable();
    }

    public String getMissingClauses() {
        return analysis == null ? "" : analysis.missing().stream().map(c -> text("Clause." + c))
                .collect(Collectors.joining("; "));
    }

    public void accept(Long proposalId) {
        decide(() -> analyses.accept(id, proposalId, null), "dpa.accepted");
    }

    public void correct(Long proposalId) {
        String value = corrections.get(proposalId);
        if (value == null || value.isBlank()) {
            PageMessages.error(null, "dpa.correction");
            return;
        }
        decide(() -> analyses.accept(id, proposalId, value), "dpa.accepted");
    }

    public void dismiss(Long proposalId) {
        decide(() -> analyses.dismiss(id, proposalId), "dpa.dismissed");
    }

    public void acceptAll() {
        try {
            int n = analyses.acceptAll(id);
            refresh();
            PageMessages.info("dpa.acceptedAll", n);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (InvalidInput e) {
            PageMessages.showGlobally(e);
        }
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            refresh();
            PageMessages.info(doneKey);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (InvalidInput e) {
            PageMessages.showGlobally(e);
        }
    }

    public DpaAnalysis getAnalysis() {
        return analysis;
    }

    public List<ProposalRow> getProposals() {
        return proposals;
    }

    public Map<Long, String> getCorrections() {
        return corrections;
    }

    public List<Clause> clauseOrder() {
        return List.of(Clause.values());
    }

    public boolean isSubprocessor(ProposalKind kind) {
        return kind == ProposalKind.SUBPROCESSOR;
    }

    public boolean may(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public boolean isMayDraft() {
        return may(Role.Names.PROCUREMENT) || may(Role.Names.LEGAL);
    }

    public boolean isMayReview() {
        return may(Role.Names.LEGAL);
    }

    public void submit() {
        act(() -> agreements.submit(id, agreement.getVersion()), "agreements.view.submitted", null);
    }

    public void approve() {
        act(() -> agreements.approve(id, agreement.getVersion()), "agreements.view.approved", null);
    }

    public void reject() {
        act(() -> agreements.reject(id, agreement.getVersion(), reason, remarks), "agreements.view.rejected",
                "rejectDialog");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            remarks.clear();
        }
    }

    public void withdraw() {
        act(() -> agreements.withdraw(id, agreement.getVersion()), "agreements.view.withdrawn", null);
    }

    /** Approve and reject are for a reviewer who did not submit it (four eyes; the agreement refuses it anyway). */
    public boolean isMayDecide() {
        return isMayReview() && agreement.mayDecide(caller());
    }

    public boolean isMayWithdraw() {
        return isMayDraft() && agreement.mayWithdraw(caller());
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** The clauses neither present nor waived, in words: legal cannot approve until each is settled. */
    public String getUnsettledClauses() {
        return agreement.unsettledClauses().stream().map(c -> text("Clause." + c)).collect(Collectors.joining("; "));
    }

    public boolean isAnyRemark() {
        return agreement.getChecklist().stream().anyMatch(c -> c.getReviewRemark() != null);
    }

    /** Legal's remark per clause in the send-back dialog. */
    public Map<Clause, String> getRemarks() {
        return remarks;
    }

    public void terminate() {
        act(() -> agreements.terminate(id, agreement.getVersion(), terminatedOn, reason), "agreements.view.terminated",
                "terminateDialog");
    }

    public String amend() {
        try {
            Agreement amendment = agreements.amend(id);
            return "/agreements/edit?faces-redirect=true&id=" + amendment.getId();
        } catch (Conflict e) {
            PageMessages.show(e);
            return null;
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error(null, "agreement.document.empty");
            return;
        }
        try {
            agreements.upload(id, file.getFileName(), file.getContent());
            PageMessages.info("agreements.view.documentUploaded", file.getFileName());
            refresh();
        } catch (InvalidInput e) {
            PageMessages.showGlobally(e);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    public List<Map.Entry<String, TransferSafeguard>> getSafeguards() {
        return List.copyOf(agreement.getSafeguards().entrySet());
    }

    /** Always an attachment: nothing uploaded is ever shown inline. */
    public StreamedContent download(Long documentId) {
        return Documents.streamed(agreements.document(id, documentId));
    }

    public boolean isInForceToday() {
        return agreement.inForceOn(LocalDate.now());
    }

    public LocalDate getNoticeDeadline() {
        return agreement.noticeDeadlineOn(LocalDate.now()).orElse(null);
    }

    public boolean isInReview() {
        return agreement.getStatus() == AgreementStatus.IN_REVIEW;
    }

    private void act(Runnable action, String doneKey, String dialog) {
        try {
            action.run();
            refresh();
            PageMessages.info(doneKey, agreement.getReference());
            reason = null;
            if (dialog != null) {
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            }
        } catch (InvalidInput e) {
            if (dialog == null) {
                PageMessages.showGlobally(e);
            } else {
                PageMessages.show(dialog + "Form", e);
            }
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (NotPermitted e) {
            PageMessages.error(null, e.messageKey());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public List<AgreementDocument> getDocuments() {
        return documents;
    }

    public List<AgreementDiff.Change> getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public void setTerminatedOn(LocalDate terminatedOn) {
        this.terminatedOn = terminatedOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
