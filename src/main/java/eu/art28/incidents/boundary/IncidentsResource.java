package eu.art28.incidents.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.ReportChannel;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;

@Path("incidents")
@Tag(name = "Incidents", description = "Art. 33: personal data breaches a processor reports, its notice against the"
        + " agreed window, our 72 hours, the affected engagements through the chain, the decision and follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class IncidentsResource {

    @Inject
    Incidents incidents;

    @Context
    UriInfo uri;

    /** What the processor told us; moments are ISO-8601 instants ({@code 2026-06-02T13:00:00Z}). */
    @Schema(example = "{\"processorId\":1,\"sourceProcessorId\":null,\"occurredAt\":\"2026-06-01T06:00:00Z\","
            + "\"processorAwareAt\":\"2026-06-01T07:00:00Z\",\"reportedAt\":\"2026-06-02T13:00:00Z\","
            + "\"reportedVia\":\"EMAIL\",\"awareAt\":\"2026-06-02T13:00:00Z\",\"description\":\"A laptop with an"
            + " export of the CRM was stolen\",\"systems\":\"CRM\",\"subjectsEstimate\":1200,\"recordsEstimate\":"
            + "5000,\"measures\":\"Remote wipe\",\"version\":null}")
    public record IncidentReport(Long processorId, Long sourceProcessorId, Instant occurredAt, Instant processorAwareAt,
            Instant reportedAt, ReportChannel reportedVia, Instant awareAt, String description, String systems,
            Long subjectsEstimate, Long recordsEstimate, String measures, Long version) {

        Incident.Report report() {
            return new Incident.Report(occurredAt, processorAwareAt, reportedAt, reportedVia, awareAt, description,
                    systems, subjectsEstimate, recordsEstimate, measures);
        }
    }

    @Schema(example = "{\"notifyAuthority\":true,\"authorityReason\":null,\"notifiedOn\":\"2026-06-03\","
            + "\"notificationReference\":\"AP-2026-0123\",\"subjectsInformed\":false,\"subjectsReason\":\"The"
            + " data was encrypted\",\"version\":0}")
    public record IncidentDecision(Boolean notifyAuthority, String authorityReason, LocalDate notifiedOn,
            String notificationReference, Boolean subjectsInformed, String subjectsReason, Long version) {
    }

    /** The engagements kept as really involved; {@code engagementIds} null: every affected one again. */
    @Schema(example = "{\"engagementIds\":[12],\"version\":0}")
    public record IncidentSelection(Set<Long> engagementIds, Long version) {
    }

    @Schema(example = "{\"followUps\":[{\"description\":\"Rotate the CRM keys\",\"owner\":\"it-ops\","
            + "\"dueOn\":\"2026-06-10\",\"doneOn\":null}],\"version\":0}")
    public record IncidentFollowUps(List<IncidentJson.IncidentFollowUpJson> followUps, Long version) {
    }

    @GET
    @Operation(summary = "The breach register (Art. 33(5)): every incident, latest first, without the affected"
            + " engagements (ask the incident); of one processor (as the one that reported it or where it happened)"
            + " when given")
    public Page<IncidentJson> list(@QueryParam("processor") Long processorId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return incidents.page(processorId, page, size).map(IncidentJson::of);
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Register a breach a processor reported, for itself or for a sub-processor beneath it")
    public Response register(IncidentReport input) {
        IncidentReport body = Requests.body(input);
        if (body.processorId() == null) {
            throw new InvalidInput("processorId", "incident.processorId.required");
        }
        IncidentJson created = IncidentJson.of(incidents.register(body.processorId(), body.sourceProcessorId(),
                body.report()));
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One incident with its deadlines and the engagements it affects")
    public IncidentJson get(@PathParam("id") long id) {
        return IncidentJson.of(incidents.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Revise what the processor told us (better estimates, measures); the processor and the"
            + " notice window stay")
    public IncidentJson revise(@PathParam("id") long id, IncidentReport input) {
        IncidentReport body = Requests.body(input);
        return IncidentJson.of(incidents.revise(id, body.version(), body.report()));
    }

    @PUT
    @Path("{id}/engagements")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Narrow the affected engagements down to those really involved")
    public IncidentJson narrow(@PathParam("id") long id, IncidentSelection input) {
        IncidentSelection body = Requests.body(input);
        return IncidentJson.of(incidents.narrow(id, body.version(), body.engagementIds()));
    }

    @PUT
    @Path("{id}/decision")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Record the decision: notify the authority or not and why (Art. 33(5)), the day and"
            + " reference of the notification, whether the data subjects are informed and why (Art. 34)")
    public IncidentJson decide(@PathParam("id") long id, IncidentDecision input) {
        IncidentDecision body = Requests.body(input);
        return IncidentJson.of(incidents.decide(id, body.version(), new Incident.Decision(body.notifyAuthority(),
                body.authorityReason(), body.notifiedOn(), body.notificationReference(), body.subjectsInformed(),
                body.subjectsReason())));
    }

    @PUT
    @Path("{id}/follow-ups")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "The follow-up actions as they are now: what, owner, due day, done day")
    public IncidentJson followUp(@PathParam("id") long id, IncidentFollowUps input) {
        IncidentFollowUps body = Requests.body(input);
        return IncidentJson.of(incidents.followUp(id, body.version(), body.followUps() == null ? List.of()
                : body.followUps().stream().map(IncidentJson::followUp).toList()));
    }

    @POST
    @Path("scan")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Judge every undecided incident's clock now (the hourly clock and the daily scan do it too)")
    public Map<String, Integer> scan() {
        return Map.of("findings", incidents.scan("cause.onDemand"));
    }
}
