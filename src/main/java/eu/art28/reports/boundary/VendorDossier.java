package eu.art28.reports.boundary;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.art28.agreements.boundary.Agreements;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.ClauseCheck;
import eu.art28.alerts.boundary.AlertJson;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Alert;
import eu.art28.catalogue.boundary.Catalogue;
import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Kind;
import eu.art28.chain.boundary.Subprocessors;
import eu.art28.chain.control.Chain;
import eu.art28.coverage.boundary.Coverage;
import eu.art28.coverage.control.Gate;
import eu.art28.engagements.boundary.Engagements;
import eu.art28.engagements.entity.Engagement;
import eu.art28.evidence.boundary.EvidenceRegister;
import eu.art28.evidence.entity.Evidence;
import eu.art28.incidents.boundary.Incidents;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Messages;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorReview;
import eu.art28.reports.control.Pdf;
import eu.art28.risk.boundary.Risks;
import eu.art28.risk.control.RiskScore;

/**
 * One processor's whole file as a PDF that legal can hand an auditor: who it is, its risk (inherent, residual, the
 * tier in force and why, the factors largest first), the gates of the privacy
 * statement, its agreements with their Art. 28(3) checklist, what we use it for, its sub-processors at every
 * depth, its security evidence, the open alerts, its personal data breaches and the reviews of its guarantees (with
 * the breaches since the last one). Read in one transaction and
 * written into memory: a dossier is a few pages, and nothing is then read lazily after the transaction.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class VendorDossier {

    @Inject
    Event<CodeNames> question;

    private static final int ALL = 200;

    @Inject
    Processors processors;

    @Inject
    Agreements agreements;

    @Inject
    Engagements engagements;

    @Inject
    EvidenceRegister evidence;

    @Inject
    Subprocessors subprocessors;

    @Inject
    Alerts alerts;

    @Inject
    Coverage coverage;

    @Inject
    Catalogue catalogue;

    @Inject
    Incidents incidents;

    @Inject
    Risks risks;

    public static String fileName(Processor processor, LocalDate day) {
        String name = processor.getName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "dossier-" + (name.isEmpty() ? processor.getId() : name) + "-" + day + ".pdf";
    }

    @PermitAll
    public Processor processor(long id) {
        return processors.find(id);
    }

    @PermitAll
    public byte[] pdf(long processorId, Locale locale) {
        Processor processor = processors.find(processorId);
        LocalDate today = LocalDate.now();
        Writer writer = new Writer(locale, today, names(locale), CodeNames.asked(question, locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdf.write(out, Messages.text(locale, "dossier.title", processor.getName()),
                Messages.text(locale, "dossier.asOn", writer.date(today)), pdf -> {
                    writer.processor(pdf, processor);
                    writer.risk(pdf, risks.explain(processorId));
                    writer.gates(pdf, coverage.gates(processor));
                    writer.agreements(pdf, agreements.search(new Agreements.Query(null, processorId, null, null), 0,
                            ALL).items());
                    writer.engagements(pdf, engagements.search(new Engagements.Query(processorId, null), 0, ALL)
                            .items());
                    writer.subprocessors(pdf, subprocessors.tree(processorId));
                    writer.evidence(pdf, evidence.of(processorId));
                    writer.alerts(pdf, alerts.unresolved(processorId));
                    writer.incidents(pdf, incidents.page(processorId, 0, ALL).items());
                    List<ProcessorReview> reviews = processors.reviews(processorId);
                    writer.reviews(pdf, reviews, incidents.tally(processorId, reviews.stream()
                            .map(ProcessorReview::getReviewedOn).max(Comparator.naturalOrder()).orElse(null)));
                });
        return out.toByteArray();
    }

    private Map<String, String> names(Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Kind kind : Kind.values()) {
            for (CatalogueEntry entry : catalogue.list(kind, true)) {
                names.putIfAbsent(entry.getCode(), entry.name(locale));
            }
        }
        return names;
    }

    /** The sections, in the reader's language. */
    private static final class Writer {

        final Locale locale;
        final LocalDate today;
        final Map<String, String> names;
        final CodeNames codeNames;

        Writer(Locale locale, LocalDate today, Map<String, String> names, CodeNames codeNames) {
            this.locale = locale;
            this.today = today;
            this.names = names;
            this.codeNames = codeNames;
        }

        void processor(Pdf pdf, Processor p) {
            List<List<String>> rows = new ArrayList<>();
            row(rows, "processor.name", p.getName());
            row(rows, "processor.kvkNumber", p.getKvkNumber());
            row(rows, "processor.vatNumber", p.getVatNumber());
            row(rows, "processor.country", Messages.country(locale, p.getCountry()));
            row(rows, "processor.address", p.getAddress());
            row(rows, "processor.website", p.getWebsite());
            row(rows, "processor.services", String.join("\n", p.getServices()));
            row(rows, "processor.riskTier", text("RiskTier." + p.getRiskTier()));
            row(rows, "processor.owner", p.getOwner());
            row(rows, "processor.status", text("ProcessorStatus." + p.getStatus()));
            if (p.isOffboarded()) {
                row(rows, "processor.offboardedOn", date(p.getOffboardedOn()));
                row(rows, "processor.offboardingReason", p.getOffboardingReason());
            }
            pdf.heading(text("dossier.processor")).fields(rows);
            if (!p.getContacts().isEmpty()) {
                pdf.heading(text("processors.edit.contacts")).table(
                        headers("contact.name", "contact.role", "contact.email", "contact.phone"),
                        p.getContacts().stream().map(c -> cells(c.getName(), c.getRole(), c.getEmail(),
                                c.getPhone())).toList());
            }
        }

        /** The risk today, explained as on the processor's page: the figures, whose tier is in force, the factors. */
        void risk(Pdf pdf, Risks.Explained risk) {
            RiskScore score = risk.score();
            List<List<String>> rows = new ArrayList<>();
            row(rows, "risk.inherent", String.valueOf(score.inherent()));
            row(rows, "risk.residual", String.valueOf(score.residual()));
            row(rows, "risk.computedTier", text("RiskTier." + score.tier()));
            String reason = risk.processor().getRiskTierReason();
            row(rows, "risk.tierInForce", text("RiskTier." + risk.inForce()) + " ("
                    + (!risk.overridden() ? text("risk.follows")
                    : reason != null ? Messages.text(locale, "risk.overriddenBecause", reason)
                    : text("risk.overriddenWithoutReason")) + ")");
            row(rows, "risk.policy.version", String.valueOf(score.policyVersion()));
            pdf.heading(text("risk.title")).fields(rows);
            if (score.parts().isEmpty()) {
                pdf.paragraph(text("risk.noFactors"));
                return;
            }
            pdf.table(headers("risk.factor", "risk.points", "risk.reason"), score.parts().stream()
                    .map(p -> cells(Messages.word(locale, p.factor()), (p.points() > 0 ? "+" : "") + p.points(),
                            Risks.reason(p, codeNames))).toList());
        }

        void gates(Pdf pdf, List<Gate> gates) {
            pdf.heading(text("gate.title")).table(headers("dossier.gate", "dossier.gate.state", "dossier.gate.reason"),
                    gates.stream().map(g -> cells(text("gate." + g.rule()),
                            text(g.passed() ? "gate.passed" : "gate.failed"),
                            g.reason(locale))).toList());
        }

        void agreements(Pdf pdf, List<Agreement> agreements) {
            pdf.heading(text("dossier.agreements"));
            if (agreements.isEmpty()) {
                pdf.paragraph(text("dossier.none"));
            }
            for (Agreement a : agreements) {
                List<List<String>> rows = new ArrayList<>();
                row(rows, "agreement.reference", a.getReference() + " " + text("agreement.revision") + " "
                        + a.getRevision());
                row(rows, "agreement.status", text("AgreementStatus." + a.getStatus()));
                row(rows, "agreement.signedOn", date(a.getSignedOn()));
                row(rows, "agreement.effectiveFrom", date(a.getEffectiveFrom()));
                row(rows, "agreement.expiresOn", date(a.getExpiresOn()));
                row(rows, "agreement.terminatedOn", date(a.getTerminatedOn()));
                row(rows, "agreement.standard", a.getStandard() == null ? null : text("Standard." + a.getStandard()));
                row(rows, "agreement.purposes", named(a.getPurposes()));
                row(rows, "agreement.dataCategories", named(a.getDataCategories()));
                row(rows, "agreement.dataSubjects", named(a.getDataSubjects()));
                row(rows, "agreement.countries", Messages.countries(locale, a.getCountries()));
                row(rows, "agreement.safeguards", a.getSafeguards().entrySet().stream()
                        .map(e -> e.getKey() + ": " + text("TransferSafeguard." + e.getValue()))
                        .collect(Collectors.joining("\n")));
                row(rows, "agreement.subProcessing", text("SubProcessing." + a.getSubProcessing()));
                row(rows, "agreement.breachNotificationHours", a.getBreachNotificationHours() == null ? null
                        : String.valueOf(a.getBreachNotificationHours()));
                row(rows, "dossier.checklist", a.getChecklist().stream().map(this::clause)
                        .collect(Collectors.joining("\n")));
                row(rows, "agreement.decisionReason", a.getDecisionReason());
                pdf.fields(rows);
            }
        }

        String clause(ClauseCheck c) {
            String state = c.isPresent() ? text("dossier.clause.present")
                    : c.getWaiverReason() != null ? text("dossier.clause.waived") : text("dossier.clause.missing");
            return text("Clause." + c.getClause()) + ": " + state
                    + (c.getReference() == null ? "" : " (" + c.getReference() + ")");
        }

        void engagements(Pdf pdf, List<Engagement> engagements) {
            pdf.heading(text("dossier.engagements"));
            if (engagements.isEmpty()) {
                pdf.paragraph(text("dossier.none"));
                return;
            }
            pdf.table(headers("engagement.description", "agreement.purposes", "agreement.dataCategories",
                    "agreement.countries", "engagement.startsOn", "engagement.endsOn"),
                    engagements.stream().map(e -> cells(e.getDescription(), named(e.getPurposes()),
                            named(e.getDataCategories()), Messages.countries(locale, e.getCountries()),
                            date(e.getStartsOn()), date(e.getEndsOn()))).toList());
        }

        void subprocessors(Pdf pdf, List<Chain.Node> tree) {
            pdf.heading(text("dossier.subprocessors"));
            List<List<String>> rows = new ArrayList<>();
            walk(tree, "", rows);
            if (rows.isEmpty()) {
                pdf.paragraph(text("dossier.none"));
            } else {
                pdf.table(headers("chain.subprocessor", "chain.service", "chain.status", "chain.countries"), rows);
            }
        }

        void walk(List<Chain.Node> nodes, String indent, List<List<String>> rows) {
            for (Chain.Node node : nodes) {
                rows.add(cells(indent + node.link().subprocessorName(), node.link().service(),
                        text("LinkStatus." + node.link().statusOn(today)),
                        Messages.countries(locale, node.link().countries())));
                walk(node.children(), indent + "    ", rows);
            }
        }

        void evidence(Pdf pdf, List<Evidence> items) {
            pdf.heading(text("evidence.section.title"));
            if (items.isEmpty()) {
                pdf.paragraph(text("dossier.none"));
                return;
            }
            pdf.table(headers("evidence.type", "evidence.issuer", "evidence.issuedOn", "evidence.validUntil",
                    "evidence.validity"), items.stream().map(e -> cells(text("EvidenceType." + e.getType()),
                            e.getIssuer(), date(e.getIssuedOn()), date(e.getValidUntil()),
                            text("evidence.validity." + e.validityOn(today, 0)))).toList());
        }

        void alerts(Pdf pdf, List<Alert> open) {
            pdf.heading(text("dossier.alerts"));
            if (open.isEmpty()) {
                pdf.paragraph(text("dossier.none"));
                return;
            }
            pdf.table(headers("alert.severity", "alert.type", "alert.explanation"),
                    open.stream().map(a -> cells(text("Severity." + a.getSeverity()), text("Rule." + a.getRule()),
                            AlertJson.explanation(a.getRule(), a.getSubjectLabel(), a.getMissing(), a.getLookedAt(),
                                    codeNames))).toList());
        }

        /** Every breach reported by the processor or at it, the processor's notice and our decision (Art. 33(5)). */
        void incidents(Pdf pdf, List<Incidents.Judged> judged) {
            pdf.heading(text("dossier.incidents"));
            BreachRegister.table(pdf, locale, judged, false);
        }

        void reviews(Pdf pdf, List<ProcessorReview> reviews, Incidents.Tally tally) {
            pdf.heading(text("review.title"));
            pdf.paragraph(Messages.text(locale, tally.since() == null ? "incident.review.ever"
                    : "incident.review.since", tally.breaches(), tally.lateNotices(), date(tally.since())));
            if (reviews.isEmpty()) {
                pdf.paragraph(text("review.none"));
                return;
            }
            pdf.table(headers("review.reviewedOn", "review.outcome", "review.notes", "review.nextReviewOn"),
                    reviews.stream().map(r -> cells(date(r.getReviewedOn()) + ", " + r.getReviewedBy(),
                            text("ReviewOutcome." + r.getOutcome()), r.getNotes(), date(r.getNextReviewOn())))
                            .toList());
        }

        String named(Collection<String> codes) {
            return codes.stream().sorted().map(c -> c + " " + names.getOrDefault(c, ""))
                    .collect(Collectors.joining("\n"));
        }

        void row(List<List<String>> rows, String key, String value) {
            if (value != null && !value.isBlank()) {
                rows.add(List.of(text(key), value));
            }
        }

        List<String> headers(String... keys) {
            return Arrays.stream(keys).map(this::text).toList();
        }

        static List<String> cells(String... values) {
            return Arrays.stream(values).map(v -> v == null ? "" : v).toList();
        }

        String date(LocalDate day) {
            return day == null ? null : Messages.date(locale, day);
        }

        String text(String key) {
            return Messages.text(locale, key);
        }
    }
}
