package eu.art28.agreements.boundary;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import eu.art28.agreements.control.ClauseDetector;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementDocument;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ClauseCheck;
import eu.art28.agreements.entity.DocumentQueued;
import eu.art28.agreements.entity.DpaAnalysis;
import eu.art28.agreements.entity.DpaProposal;
import eu.art28.agreements.entity.ProposalKind;
import eu.art28.agreements.entity.Standard;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.SubprocessorListed;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;

/**
 * What the reader proposes for an agreement, and legal's decisions on it. Accepting fills an empty field or a
 * checklist item of an editable version; it never overwrites what legal set unless legal corrects it, and never
 * approves: approval stays a separate act of a second person. The reader's steps ({@code start} to
 * {@code failed}) are open to every caller: they carry on an upload that was admitted, on the executor after the
 * commit, and no page or resource calls them.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class DpaAnalyses {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Validator validator;

    @Inject
    Event<DocumentQueued> queued;

    @Inject
    Event<SubprocessorListed> listed;

    /** Queued in the upload's transaction; read once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public DpaAnalysis queue(AgreementDocument document, long agreementId) {
        DpaAnalysis analysis = new DpaAnalysis(agreementId, document.getId(), Instant.now());
        em.persist(analysis);
        em.flush();
        queued.fire(new DocumentQueued(analysis.getId()));
        return analysis;
    }

    @PermitAll
    public Optional<DpaAnalysis> newest(long agreementId) {
        return em.createNamedQuery(DpaAnalysis.NEWEST_OF_AGREEMENT, DpaAnalysis.class)
                .setParameter("agreement", agreementId).setMaxResults(1).getResultStream().findFirst();
    }

    @PermitAll
    public List<DpaProposal> proposals(long analysisId) {
        // the checklist in the order of Art. 28(3), then the form's fields, then the annex by page and line
        return em.createNamedQuery(DpaProposal.OF_ANALYSIS, DpaProposal.class)
                .setParameter("analysis", analysisId).getResultList().stream()
                .sorted(Comparator.comparing(DpaProposal::getKind)
                        .thenComparing(p -> p.getClause() == null ? -1 : p.getClause().ordinal())
                        .thenComparing(DpaProposal::getPage).thenComparing(DpaProposal::getPassage)
                        .thenComparing(DpaProposal::getId))
                .toList();
    }

    // ---- the background steps, each its own transaction (called by DpaReader) ----

    /** Marks the analysis started and hands over the document's bytes; null when it is gone or already read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @PermitAll
    public byte[] start(long analysisId) {
        DpaAnalysis analysis = em.find(DpaAnalysis.class, analysisId);
        if (analysis == null || analysis.getStatus() != DpaAnalysis.Status.QUEUED) {
            return null;
        }
        analysis.start(Instant.now());
        AgreementDocument document = em.find(AgreementDocument.class, analysis.getDocumentId());
        return document.getContent();
    }

    /** Progress is bookkeeping, not a change of record: a bulk update, outside the audit trail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @PermitAll
    public void progress(long analysisId, int done, int total) {
        em.createQuery("update DpaAnalysis a set a.pagesDone = :done, a.pagesTotal = :total where a.id = :id")
                .setParameter("done", done).setParameter("total", total).setParameter("id", analysisId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @PermitAll
    public void done(long analysisId, ClauseDetector.Reading reading, int pages) {
        DpaAnalysis analysis = em.find(DpaAnalysis.class, analysisId);
        em.refresh(analysis);
        for (ClauseDetector.Finding f : reading.findings()) {
            em.persist(proposal(analysis, f, false));
        }
        for (ClauseDetector.Finding f : reading.otherwise()) {
            em.persist(proposal(analysis, f, true));
        }
        analysis.done(reading.missing(), pages, Instant.now());
    }

    private static DpaProposal proposal(DpaAnalysis analysis, ClauseDetector.Finding f, boolean saysOtherwise) {
        return new DpaProposal(analysis.getId(), analysis.getAgreementId(), f.kind(), f.clause(), f.value(), f.page(),
                f.reference(), f.passage(), f.marks().stream().map(m -> new DpaProposal.Mark(m.start(), m.end())).toList(),
                f.confidence(), saysOtherwise);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @PermitAll
    public void noTextLayer(long analysisId, int pages) {
        DpaAnalysis analysis = em.find(DpaAnalysis.class, analysisId);
        em.refresh(analysis);
        analysis.noTextLayer(pages, Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @PermitAll
    public void failed(long analysisId, String why) {
        DpaAnalysis analysis = em.find(DpaAnalysis.class, analysisId);
        if (analysis != null) {
            em.refresh(analysis);
            analysis.failed(why, Instant.now());
        }
    }

    // ---- legal's decisions ----

    /**
     * Accepts a proposal into the agreement; with a value, legal corrects it (and may then replace what the form
     * already holds).
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public DpaProposal accept(long agreementId, long proposalId, String correction) {
        Agreement agreement = editable(agreementId);
        DpaProposal proposal = proposal(agreementId, proposalId);
        proposal.ensureAcceptable();
        String corrected = correction == null || correction.isBlank() ? null : correction.strip();
        if (corrected != null) {
            // typed by legal, so refused rather than tidied as the words read from a document are
            if (!corrected.equals(Text.oneLine(corrected))) {
                throw new InvalidInput("value", "art28.text.singleLine");
            }
            int limit = proposal.getKind() == ProposalKind.CLAUSE ? ClauseCheck.REFERENCE_LENGTH
                    : DpaProposal.VALUE_LENGTH;
            if (corrected.length() > limit) {
                throw new InvalidInput("value", "art28.text.tooLong", limit);
            }
        }
        String value = corrected == null ? proposal.getProposedValue() : corrected;
        if (proposal.getKind() == ProposalKind.SUBPROCESSOR) {
            // the chain records it (a pending link), in this transaction; the agreement itself is not changed
            String[] parts = (value + "||").split("\\|", -1);
            if (parts[0].isBlank()) {
                throw new InvalidInput("value", "dpa.proposal.badValue", value);
            }
            // words read from a document: a line break or tab inside a name is no part of it
            listed.fire(new SubprocessorListed(agreementId, Text.oneLine(parts[0]).strip(),
                    Text.oneLine(parts[1]).strip().toUpperCase(Locale.ROOT), Text.oneLine(parts[2]).strip()));
            proposal.decide(value, caller(), Instant.now());
            em.flush();
            return proposal;
        }
        apply(agreement, proposal, value, corrected != null);
        proposal.decide(value, caller(), Instant.now());
        return stored(agreement, proposal);
    }

    /** Accepts every open proposal that fills something empty; those that would replace a value wait for legal. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public int acceptAll(long agreementId) {
        Agreement agreement = editable(agreementId);
        DpaAnalysis analysis = newest(agreementId).orElseThrow(() -> new NoSuchRecord("analysis of agreement",
                agreementId));
        int accepted = 0;
        Set<ProposalKind> done = EnumSet.noneOf(ProposalKind.class);
        Set<Clause> clauses = EnumSet.noneOf(Clause.class);
        for (DpaProposal proposal : proposals(analysis.getId())) {
            boolean repeat = proposal.getKind() == ProposalKind.CLAUSE ? !clauses.add(proposal.getClause())
                    : !done.add(proposal.getKind());
            if (proposal.getState() != DpaProposal.State.PROPOSED || proposal.getKind() == ProposalKind.SUBPROCESSOR
                    || proposal.isSaysOtherwise() || repeat) {
                continue;
            }
            try {
                apply(agreement, proposal, proposal.getProposedValue(), false);
                proposal.decide(proposal.getProposedValue(), caller(), Instant.now());
                accepted++;
            } catch (Conflict e) {
                // legal already set something else here: that is theirs to weigh, one by one
            }
        }
        if (accepted > 0) {
            stored(agreement, null);
        }
        return accepted;
    }

    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public DpaProposal dismiss(long agreementId, long proposalId) {
        DpaProposal proposal = proposal(agreementId, proposalId);
        proposal.dismiss(caller(), Instant.now());
        em.flush();
        return proposal;
    }

    private Agreement editable(long agreementId) {
        Agreement agreement = NoSuchRecord.unlessMissing(em.find(Agreement.class, agreementId), "agreement",
                agreementId);
        agreement.ensureEditable();
        return agreement;
    }

    private DpaProposal proposal(long agreementId, long proposalId) {
        DpaProposal proposal = em.find(DpaProposal.class, proposalId);
        if (proposal == null || !proposal.getAgreementId().equals(agreementId)) {
            throw new NoSuchRecord("proposal", proposalId);
        }
        return proposal;
    }

    private DpaProposal stored(Agreement agreement, DpaProposal proposal) {
        Records.checked(validator, agreement, Agreement::dateViolations);
        agreement.recordChange(caller(), Instant.now());
        em.flush();
        return proposal;
    }

    /** Puts the value where the proposal points; refuses to replace a different value unless legal corrects. */
    private static void apply(Agreement agreement, DpaProposal proposal, String value, boolean correcting) {
        try {
            switch (proposal.getKind()) {
                case CLAUSE -> clause(agreement, proposal, value, correcting);
                case SIGNED_ON -> agreement.setSignedOn(fill(agreement.getSignedOn(), LocalDate.parse(value), correcting));
                case EFFECTIVE_FROM -> agreement.setEffectiveFrom(fill(agreement.getEffectiveFrom(), LocalDate.parse(value),
                        correcting));
                case EXPIRES_ON -> agreement.setExpiresOn(fill(agreement.getExpiresOn(), LocalDate.parse(value), correcting));
                case RENEWAL_TERM_MONTHS -> {
                    agreement.setRenewalTermMonths(fill(agreement.getRenewalTermMonths(), Integer.valueOf(value),
                            correcting));
                    agreement.setTacitRenewal(true);
                }
                case NOTICE_PERIOD_DAYS -> agreement.setNoticePeriodDays(fill(agreement.getNoticePeriodDays(),
                        Integer.valueOf(value), correcting));
                case BREACH_NOTIFICATION_HOURS -> agreement.setBreachNotificationHours(
                        fill(agreement.getBreachNotificationHours(), Integer.valueOf(value), correcting));
                case SUB_PROCESSING -> {
                    SubProcessing now = agreement.getSubProcessing() == SubProcessing.NOT_ALLOWED
                            ? null : agreement.getSubProcessing();
                    agreement.setSubProcessing(fill(now, SubProcessing.valueOf(value), correcting));
                }
                case SUB_PROCESSING_NOTICE_DAYS -> agreement.setSubProcessingNoticeDays(
                        fill(agreement.getSubProcessingNoticeDays(), Integer.valueOf(value), correcting));
                case OBJECTION_PERIOD_DAYS -> agreement.setObjectionPeriodDays(
                        fill(agreement.getObjectionPeriodDays(), Integer.valueOf(value), correcting));
                case STANDARD -> agreement.setStandard(fill(agreement.getStandard(), Standard.valueOf(value), correcting));
                case SUBPROCESSOR -> throw new IllegalStateException("a sub-processor is accepted into the chain");
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidInput("value", "dpa.proposal.badValue", value);
        }
    }

    private static <T> T fill(T current, T proposed, boolean correcting) {
        if (current != null && !current.equals(proposed) && !correcting) {
            throw new Conflict("dpa.proposal.filled", current);
        }
        return proposed;
    }

    /** The checklist line is replaced, not changed in place, so EclipseLink sees the element collection change. */
    private static void clause(Agreement agreement, DpaProposal proposal, String reference, boolean correcting) {
        List<ClauseCheck> checklist = agreement.getChecklist();
        Map<Clause, ClauseCheck> byClause = agreement.checklistByClause();
        ClauseCheck current = byClause.get(proposal.getClause());
        if (current != null && current.isPresent() && !correcting
                && !Objects.equals(current.getReference(), reference)) {
            throw new Conflict("dpa.proposal.filled", current.getReference());
        }
        ClauseCheck line = new ClauseCheck(proposal.getClause());
        line.setPresent(true);
        String oneLine = Text.oneLine(reference);
        line.setReference(oneLine.length() > ClauseCheck.REFERENCE_LENGTH
                ? oneLine.substring(0, ClauseCheck.REFERENCE_LENGTH) : oneLine);
        String evidence = Text.lines("p. " + proposal.getPage() + ": " + proposal.getPassage());
        line.setNote(current != null && current.getNote() != null && !correcting ? current.getNote()
                : evidence.length() > 1000 ? evidence.substring(0, 999) + "…" : evidence);
        line.setWaiverReason(current == null ? null : current.getWaiverReason());
        int at = current == null ? -1 : checklist.indexOf(current);
        if (at >= 0) {
            checklist.set(at, line);
        } else {
            checklist.add(line);
        }
    }

    String caller() {
        return Caller.name(security);
    }
}
