package eu.art28.chain.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;

/** The sub-processors a processor uses, and legal's decisions about them. */
@Path("processors/{processorId}/subprocessors")
@Tag(name = "Sub-processors", description = "Who a processor engages, authorised specifically or generally")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class SubprocessorsResource {

    @Context
    HttpHeaders headers;

    /** Legal's decision: the version read, and the approval's reference or the reason of a refusal or objection. */
    @Schema(description = "Legal's decision on a sub-processor: the version read, and the approval's reference or"
            + " the reason of a refusal or objection.",
            example = "{\"version\":0,\"reference\":\"Consent letter 2026-11-20\"}")
    public record DecisionJson(
            @Schema(description = "The version last read.", required = true, example = "0") Long version,
            @Schema(description = "approve: where the consent is recorded.", example = "Consent letter 2026-11-20")
            String reference,
            @Schema(description = "refuse and object: why; required there.") String reason) {
    }

    @Inject
    Subprocessors subprocessors;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The processor's own sub-processors (one level; see /chain for every depth)")
    public List<LinkJson> list(@PathParam("processorId") long processorId) {
        subprocessors.processor(processorId);
        return subprocessors.of(processorId).stream().map(l -> LinkJson.of(l, locale())).toList();
    }

    @GET
    @Path("{linkId}")
    @Operation(summary = "One sub-processor link, with its status today")
    public LinkJson get(@PathParam("processorId") long processorId, @PathParam("linkId") long linkId) {
        return LinkJson.of(subprocessors.find(processorId, linkId), locale());
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Register a sub-processor: SPECIFIC (legal approves it) or GENERAL (with the notice's"
            + " date, which sets the objection deadline); a link that would close a circle is refused")
    public Response create(@PathParam("processorId") long processorId, LinkJson input) {
        LinkJson body = Requests.body(input);
        SubprocessorLink link = body.applyTo(newLink(processorId, body));
        SubprocessorLink saved = link.getAuthorisation() == Authorisation.GENERAL
                ? subprocessors.receive(new Subprocessors.Notice(link, body.noticeReceivedOn(), body.replacesLinkId()))
                : subprocessors.save(link);
        return Responses.created(uri, saved.getId(), LinkJson.of(saved, locale()));
    }

    @PUT
    @Path("{linkId}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Change a link (with version); once decided only its end and flow-down may change: a"
            + " change to anything else, or to its authorisation, is refused (409 naming the field)")
    public LinkJson update(@PathParam("processorId") long processorId, @PathParam("linkId") long linkId,
            LinkJson input) {
        LinkJson body = Requests.body(input);
        return LinkJson.of(subprocessors.edit(processorId, linkId, body.version(), body), locale());
    }

    @DELETE
    @Path("{linkId}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.ADMIN})
    @Operation(summary = "Remove a link registered in error (with ?version=)")
    public Response delete(@PathParam("processorId") long processorId, @PathParam("linkId") long linkId,
            @QueryParam("version") Long version) {
        subprocessors.remove(processorId, linkId, Requests.version(version));
        return Response.noContent().build();
    }

    @POST
    @Path("{linkId}/approve")
    @RolesAllowed(Role.Names.LEGAL)
    @Operation(summary = "Approve a specific authorisation, with the reference of the written consent")
    public LinkJson approve(@PathParam("processorId") long processorId, @PathParam("linkId") long linkId,
            DecisionJson decision) {
        return LinkJson.of(subprocessors.approve(processorId, linkId, version(decision), decision.reference()), locale());
    }

    @POST
    @Path("{linkId}/refuse")
    @RolesAllowed(Role.Names.LEGAL)
    @Operation(summary = "Refuse a specific authorisation, with a reason")
    public LinkJson refuse(@PathParam("processorId") long processorId, @PathParam("linkId") long linkId,
            DecisionJson decision) {
        return LinkJson.of(subprocessors.refuse(processorId, linkId, version(decision), decision.reason()), locale());
    }

    @POST
    @Path("{linkId}/object")
    @RolesAllowed(Role.Names.LEGAL)
    @Operation(summary = "Object to a general notice before its deadline, with a reason")
    public LinkJson object(@PathParam("processorId") long processorId, @PathParam("linkId") long linkId,
            DecisionJson decision) {
        return LinkJson.of(subprocessors.object(processorId, linkId, version(decision), decision.reason()), locale());
    }

    private SubprocessorLink newLink(long processorId, LinkJson body) {
        if (body.authorisation() == null) {
            throw new InvalidInput("authorisation", "chain.authorisation.required");
        }
        return new SubprocessorLink(subprocessors.processor(processorId),
                subprocessors.processor(body.subprocessorId(), "subprocessorId"), body.authorisation(),
                subprocessors.caller());
    }

    private static long version(DecisionJson decision) {
        return Requests.version(Requests.body(decision).version());
    }

    /** The client's language (Accept-Language), for the texts Art28 stored to show later. */
    private Locale locale() {
        return Requests.locale(headers);
    }
}
