package eu.art28.requests.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.entity.Role;
import eu.art28.requests.entity.Request;

@Path("processors/{processorId}/requests")
@Tag(name = "Requests to processors", description = "What we ask a processor, answered by its contact through a"
        + " personal link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ProcessorRequestsResource {

    @Inject
    ProcessorRequests requests;

    @GET
    @Operation(summary = "The processor's requests, newest first, with their state today")
    public List<RequestJson> list(@PathParam("processorId") long processorId) {
        return requests.of(processorId).stream().map(RequestJson::of).toList();
    }

    @GET
    @Path("{requestId}")
    @Operation(summary = "One request of the processor")
    public RequestJson get(@PathParam("processorId") long processorId, @PathParam("requestId") long requestId) {
        return RequestJson.of(requests.find(processorId, requestId));
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Ask the processor's contact for something by mail with a personal link; with alertId,"
            + " the request answers that alert and must be of a kind that does: EVIDENCE for EVIDENCE_EXPIRED,"
            + " EVIDENCE_EXPIRING or CONFIDENTIALITY_NOT_GUARANTEED; SECURITY_QUESTIONNAIRE or EVIDENCE for"
            + " SECURITY_NOT_DEMONSTRATED; DELETION_CONFIRMATION for DELETION_NOT_CONFIRMED; SECURITY_QUESTIONNAIRE"
            + " for REVIEW_DUE; SIGNED_DPA for AGREEMENT_EXPIRING or AGREEMENT_EXPIRED")
    public Response create(@PathParam("processorId") long processorId, RequestJson input, @Context UriInfo uri) {
        Request created = requests.create(processorId, Requests.body(input).asked());
        return Responses.created(uri, created.getId(), RequestJson.of(created));
    }

    @POST
    @Path("{requestId}/revoke")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Take the request back; its link stops working at once. version must be the one last read")
    public RequestJson revoke(@PathParam("processorId") long processorId, @PathParam("requestId") long requestId,
            RequestJson.Revocation input) {
        long version = Requests.version(Requests.body(input).version());
        return RequestJson.of(requests.revoke(processorId, requestId, version));
    }

    @POST
    @Path("{requestId}/accept")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Accept the contact's submitted answer; for EVIDENCE it is registered as evidence with the"
            + " contact's document and resolves its alerts like any evidence; for SECURITY_QUESTIONNAIRE each document"
            + " a question asked for becomes evidence, the answers evidence of the measures (ART32_MEASURES_ANNEX),"
            + " and the score is kept with the request and the processor, and the acceptance is recorded as the"
            + " processor's periodic review (resolving REVIEW_DUE); for SIGNED_DPA the PDF becomes a draft agreement"
            + " version (agreementId: an amendment of the agreement whose alert the request answers, else a new"
            + " agreement) for the four-eyes review; for INCIDENT_REPORT the report is registered"
            + " as an incident (incidentId) reported through VENDOR_PORTAL at the submission, which is when our 72"
            + " hours start, and the link stands for the next breach (state OPENED, a blank report) until its last"
            + " day. version must be the one last read")
    public RequestJson accept(@PathParam("processorId") long processorId, @PathParam("requestId") long requestId,
            RequestJson.Acceptance input) {
        long version = Requests.version(Requests.body(input).version());
        return RequestJson.of(requests.accept(processorId, requestId, version));
    }

    @POST
    @Path("{requestId}/return")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Send the submitted answer back to the contact with a remark; for a SECURITY_QUESTIONNAIRE"
            + " also, or only, a remark per question (remarks, by question code), shown to the contact beside each;"
            + " the link works again until its last day. version must be the one last read")
    public RequestJson returnToVendor(@PathParam("processorId") long processorId,
            @PathParam("requestId") long requestId, RequestJson.Return input) {
        RequestJson.Return body = Requests.body(input);
        long version = Requests.version(body.version());
        return RequestJson.of(requests.returnToVendor(processorId, requestId, version, body.remark(),
                body.remarks()));
    }

    @GET
    @Path("{requestId}/answers")
    @Operation(summary = "The contact's answers to a SECURITY_QUESTIONNAIRE request, question by question in the"
            + " version sent, with the score per section and overall of the answers as they stand; 404 for other"
            + " kinds")
    public AnswersJson answers(@PathParam("processorId") long processorId, @PathParam("requestId") long requestId) {
        return AnswersJson.of(requests.answers(processorId, requestId));
    }

    @GET
    @Path("{requestId}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The newest document the contact uploaded, as an attachment")
    public Response document(@PathParam("processorId") long processorId, @PathParam("requestId") long requestId) {
        return Documents.attachment(requests.document(processorId, requestId));
    }
}
