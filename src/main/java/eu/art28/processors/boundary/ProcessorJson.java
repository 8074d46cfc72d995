package eu.art28.processors.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

/**
 * A processor as the API shows and accepts it. On input, id, status, offboarding and timestamps are ignored:
 * they change only through their own actions; version must be the one last read.
 */
@Schema(description = "A processor (verwerker): a third party that processes personal data for us.",
        example = """
                {"name":"Drukkerij De Letterzetter B.V.","kvkNumber":"30123456","vatNumber":"NL812345678B01",
                 "country":"NL","address":"Drukkersweg 12, 3542 AB Utrecht","website":"https://www.letterzetter.example",
                 "services":["Printing names and addresses on envelopes"],"contacts":[{"name":"Marieke de Vries",
                 "email":"privacy@letterzetter.example","phone":"+31 30 123 4567","role":"Privacy officer"}]}""")
public record ProcessorJson(
        @Schema(description = "Assigned by Art28; ignored on input.", readOnly = true, example = "7") Long id,
        @Schema(description = "Optimistic lock: send the one last read with a change (409 when stale).",
                example = "1") Long version,
        @Schema(description = "Legal name, at most 200 characters.", required = true,
                example = "Drukkerij De Letterzetter B.V.") String name,
        @Schema(description = "Dutch Chamber of Commerce number: 8 digits, unique; spaces and dots are dropped.",
                example = "30123456") String kvkNumber,
        @Schema(description = "VAT number: two letters and 2-13 letters or digits.",
                example = "NL812345678B01") String vatNumber,
        @Schema(description = "Where the processor is established: ISO 3166-1 alpha-2.", required = true,
                example = "NL") String country,
        @Schema(description = "Postal address.", example = "Drukkersweg 12, 3542 AB Utrecht") String address,
        @Schema(description = "An http(s) address.", example = "https://www.letterzetter.example") String website,
        @Schema(description = "What the processor does for us, in words.",
                example = "[\"Printing names and addresses on envelopes\"]") List<String> services,
        @Schema(description = "People to contact at the processor.") List<ContactJson> contacts,
        @Schema(description = "The risk tier in force: decides which security evidence counts and how often the"
                + " guarantees are reviewed. Follows the computed risk (GET /api/processors/{id}/risk), from"
                + " registration on. A tier sent here is a person's: kept as an override without a reason, which the"
                + " computed risk leaves alone (for a registered processor only when it differs from the tier in"
                + " force); POST /api/processors/{id}/risk/follow-computed ends it. Left out: unchanged (for a new"
                + " processor: the computed tier).") RiskTier riskTier,
        @Schema(description = "ACTIVE until offboarded; ignored on input.", readOnly = true) ProcessorStatus status,
        @Schema(description = "The day we stopped working with the processor; ignored on input.", readOnly = true)
        LocalDate offboardedOn,
        @Schema(description = "Why we stopped; ignored on input.", readOnly = true) String offboardingReason,
        @Schema(description = "Who in our organisation answers for this processor.", example = "Facilities")
        String owner,
        @Schema(description = "When it was registered; ignored on input.", readOnly = true) Instant createdAt,
        @Schema(description = "When it last changed; ignored on input.", readOnly = true) Instant updatedAt,
        @Schema(description = "The overall score, in per cent, of its last security questionnaire accepted (a"
                + " request's answers); ignored on input.", readOnly = true) Integer questionnaireScore,
        @Schema(description = "The day it submitted those answers; ignored on input.", readOnly = true)
        LocalDate questionnaireScoredOn) {

    @Schema(description = "A person to contact at the processor.")
    public record ContactJson(
            @Schema(description = "Required.", example = "Marieke de Vries") String name,
            @Schema(description = "A valid e-mail address.", example = "privacy@letterzetter.example") String email,
            @Schema(description = "Telephone number as written.", example = "+31 30 123 4567") String phone,
            @Schema(description = "Their role, in words.", example = "Privacy officer") String role) {
    }

    static ProcessorJson of(Processor p) {
        return new ProcessorJson(p.getId(), p.getVersion(), p.getName(), p.getKvkNumber(), p.getVatNumber(),
                p.getCountry(), p.getAddress(), p.getWebsite(), List.copyOf(p.getServices()),
                p.getContacts().stream()
                        .map(c -> new ContactJson(c.getName(), c.getEmail(), c.getPhone(), c.getRole())).toList(),
                p.getRiskTier(), p.getStatus(), p.getOffboardedOn(), p.getOffboardingReason(), p.getOwner(),
                p.getCreatedAt(), p.getUpdatedAt(), p.getQuestionnaireScore(), p.getQuestionnaireScoredOn());
    }

    /** Copies what a client may edit; a field left out (null) is cleared, as PUT replaces the whole record. */
    Processor applyTo(Processor processor) {
        processor.setName(name);
        processor.setKvkNumber(kvkNumber);
        processor.setVatNumber(vatNumber);
        processor.setCountry(country);
        processor.setAddress(address);
        processor.setWebsite(website);
        processor.setServices(services);
        processor.setContacts(contacts == null ? List.of()
                : contacts.stream().map(c -> c == null ? new Contact()
                        : new Contact(c.name(), c.email(), c.phone(), c.role())).toList());
        if (riskTier != null) {
            // left out: the tier stays as it is (for a new processor: the computed one, from registration)
            processor.chooseRiskTier(riskTier);
        }
        processor.setOwner(owner);
        return processor;
    }

    @Schema(description = "Offboarding a processor: once, with a date not in the future and a reason.",
            example = "{\"version\":3,\"offboardedOn\":\"2026-11-26\",\"reason\":\"Contract ended\"}")
    public record Offboarding(
            @Schema(description = "The version last read.", required = true, example = "3") Long version,
            @Schema(description = "The last day of the cooperation; not in the future.", required = true)
            LocalDate offboardedOn,
            @Schema(description = "Why, in words.", required = true, example = "Contract ended") String reason) {
    }
}
