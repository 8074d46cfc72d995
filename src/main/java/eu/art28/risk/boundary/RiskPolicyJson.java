package eu.art28.risk.boundary;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.risk.entity.RiskPolicyVersion;

/** The risk policy as the API shows it and as admin saves the next version. */
@Schema(name = "RiskPolicy", description = "The scoring policy in force: its version and its settings, a properties"
        + " text, one setting a line: points.FACTOR (what a factor adds, 0..100), codes.FACTOR (catalogue codes that"
        + " raise it), bands.SCALE and points.SCALE (where the bands of the number of data subjects begin, ascending,"
        + " and the points of each band, one more than there are bounds), percent.EVIDENCE_TYPE (the share of the"
        + " inherent risk valid evidence takes away), max.FACTOR, tier.MEDIUM and tier.HIGH. To save the next"
        + " version, send the version last read with every setting (a wrong one is refused naming it:"
        + " settings.KEY); the new version's number is given by Art28.",
        example = "{\"version\":1,\"settings\":\"version=1\\npoints.SPECIAL_CATEGORY=40\\n...\","
                + "\"reason\":\"Special categories weigh more after the audit\"}")
public record RiskPolicyJson(
        @Schema(description = "The version; on saving, the one last read (409 when another was saved since).",
                example = "1") Long version,
        // no @Schema here: Payara's OpenAPI reader takes an annotated accessor whose name begins with "set" for a
        // setter and fails on its missing parameter; the type's description says what the settings are
        String settings,
        @Schema(description = "Optional: why the policy changed; shown in the audit trail.",
                example = "Special categories weigh more after the audit") String reason,
        @Schema(description = "When it was saved; ignored on input.", readOnly = true) Instant createdAt,
        @Schema(description = "Who saved it (system: Art28's defaults); ignored on input.", readOnly = true)
        String createdBy,
        @Schema(description = "After a save: how many processors were scored by it; ignored on input.",
                readOnly = true) Integer processorsScored,
        @Schema(description = "After a save: how many tiers in force changed with it; ignored on input.",
                readOnly = true) Integer tiersChanged) {

    static RiskPolicyJson of(RiskPolicyVersion policy, Risks.ScanResult scan) {
        return new RiskPolicyJson((long) policy.getVersion(), policy.getSettings(), policy.getReason(),
                policy.getCreatedAt(), policy.getCreatedBy(), scan == null ? null : scan.processors(),
                scan == null ? null : scan.tiersChanged());
    }
}
