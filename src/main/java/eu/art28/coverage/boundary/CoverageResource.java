package eu.art28.coverage.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.alerts.boundary.AlertJson;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.WhatIfRisk;
import eu.art28.engagements.boundary.Engagements;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.entity.CountryCode;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

@Path("coverage")
@Tag(name = "Coverage", description = "Is an engagement covered by the processor's agreements?")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    Event<CodeNames> question;

    /**
     * The what-if question: may we engage this processor for this, from that day? {@code originalPurpose}, optional:
     * the purpose the data was collected for, when that is not one of {@code purposes}.
     */
    @Schema(description = "The what-if question: would engaging this processor for this, from that day, be covered?",
            example = """
                    {"processorId":7,"purposes":["c.fraud"],"dataCategories":["contact"],"dataSubjects":["customers"],
                     "countries":["NL"],"dataSubjectCount":250000,"from":"2027-01-01","originalPurpose":"b"}""")
    public record Question(
            @Schema(description = "The processor; required.", required = true, example = "7") Long processorId,
            @Schema(description = "Purpose codes from the catalogue.", example = "[\"c.fraud\"]")
            Set<String> purposes,
            @Schema(description = "Data category codes.", example = "[\"contact\"]") Set<String> dataCategories,
            @Schema(description = "Data subject category codes.", example = "[\"customers\"]")
            Set<String> dataSubjects,
            @Schema(description = "Processing countries, ISO 3166-1 alpha-2.", example = "[\"NL\"]")
            Set<String> countries,
            @Schema(description = "Optional: about how many people's data it would process, from 0.",
                    example = "250000") Long dataSubjectCount,
            @Schema(description = "The first day of the engagement; empty: today.") LocalDate from,
            @Schema(description = "Optional: the purpose the data was collected for.", example = "b")
            String originalPurpose) {
    }

    @Schema(description = "The answer to the what-if question; nothing is stored.")
    public record Answer(@Schema(description = "No findings.") boolean covered,
            @Schema(description = "What would be wrong.") List<AlertJson.FindingJson> findings,
            @Schema(description = "The processor's risk now and with the engagement: inherent and residual (0..100),"
                    + " the computed tier, and the inherent factors the engagement adds or raises, largest first,"
                    + " in the client's language.") WhatIfRisk.Effect risk) {
    }

    @Inject
    Event<WhatIfRisk> riskQuestion;

    @Inject
    Coverage coverage;

    @Inject
    Engagements engagements;

    @Inject
    Processors processors;

    @Context
    HttpHeaders headers;

    @POST
    @Path("check")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "What-if: would this engagement be covered? Nothing is stored.")
    public Answer check(Question input) {
        Question q = Requests.body(input);
        Processor processor = asked(q.processorId());
        EngagementScope hypothetical = new EngagementScope(0, q.processorId(), "what-if", Text.codes(q.purposes()),
                Text.codes(q.dataCategories()), Text.codes(q.dataSubjects()),
                Set.copyOf(q.countries() == null ? Set.of() : q.countries().stream().map(Text::compact)
                        .filter(c -> c != null).toList()),
                q.from() == null ? LocalDate.now() : q.from(), null, Text.code(q.originalPurpose()),
                processor.getRiskTier(), q.dataSubjectCount());
        List<InvalidInput.Violation> unknown = new java.util.ArrayList<>(engagements.unknownCodes(hypothetical.purposes(),
                hypothetical.dataCategories(), hypothetical.dataSubjects(), hypothetical.originalPurpose()));
        hypothetical.countries().stream().filter(c -> !CountryCode.Validator.valid(c)).findFirst()
                .ifPresent(c -> unknown.add(new InvalidInput.Violation("countries", "art28.country.unknown", c)));
        if (q.dataSubjectCount() != null && q.dataSubjectCount() < 0) {
            unknown.add(new InvalidInput.Violation("dataSubjectCount", "engagement.dataSubjectCount.negative"));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        Locale locale = Requests.locale(headers);
        CodeNames names = CodeNames.asked(question, locale);
        List<AlertJson.FindingJson> findings = coverage.check(hypothetical).stream()
                .map(f -> AlertJson.FindingJson.of(f, names)).toList();
        WhatIfRisk risk = new WhatIfRisk(hypothetical, locale);
        riskQuestion.fire(risk);
        return new Answer(findings.isEmpty(), findings, risk.effect());
    }

    @POST
    @Path("scan")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Judge every engagement now (the daily scan, on demand)")
    public Coverage.ScanResult scan() {
        return coverage.scan("cause.onDemand");
    }

    /** One promise of the privacy statement for a processor, with the reason in the caller's language. */
    public record GateJson(String rule, boolean passed, String reason) {
    }

    @GET
    @Path("gates")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "The privacy statement's gates for one processor: security demonstrated, confidentiality"
            + " guaranteed, purpose limitation, deletion or return confirmed; each passed or not, with the reason")
    public List<GateJson> gates(@QueryParam("processorId") Long processorId) {
        Processor processor = asked(processorId);
        Locale locale = Requests.locale(headers);
        return coverage.gates(processor).stream().map(g -> new GateJson(g.rule().name(), g.passed(),
                g.reason(locale))).toList();
    }

    /** The processor a question names: an unknown one is a mistake in the question (400), not a missing record. */
    private Processor asked(Long processorId) {
        if (processorId != null) {
            try {
                return processors.find(processorId);
            } catch (NoSuchRecord unknown) {
                // answered below, naming the field
            }
        }
        throw new InvalidInput("processorId", "engagement.processor.unknown");
    }
}
