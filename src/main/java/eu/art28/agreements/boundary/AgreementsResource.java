package eu.art28.agreements.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementDocument;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.platform.boundary.DocumentJson;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Messages;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Responses;

@Path("agreements")
@Tag(name = "Agreements", description = "Data processing agreements and legal's review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class AgreementsResource {

    @Context
    HttpHeaders headers;

    @Inject
    Agreements agreements;

    @Inject
    DocumentStorage storage;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Page through agreements; filter by status, processor, expiry within N days, or text")
    public Page<AgreementJson> list(@QueryParam("status") AgreementStatus status,
            @QueryParam("processorId") Long processorId, @QueryParam("expiringWithinDays") Integer expiringWithinDays,
            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return agreements.search(new Agreements.Query(status, processorId, expiringWithinDays, q), page, size)
                .map(AgreementJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agreement version, with inForceToday and, for tacit renewal, noticeDeadline")
    public AgreementJson get(@PathParam("id") long id) {
        return AgreementJson.of(agreements.find(id));
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Register a draft agreement with a processor")
    public Response create(AgreementJson input) {
        AgreementJson body = Requests.body(input);
        Agreement draft = body.applyTo(new Agreement(agreements.processor(body.processorId()), body.reference()));
        return created(agreements.save(draft));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Change a draft or rejected version; version must be the one last read")
    public AgreementJson update(@PathParam("id") long id, AgreementJson input) {
        AgreementJson body = Requests.body(input);
        Agreement agreement = agreements.find(id);
        Requests.version(body.version(), agreement.getVersion());
        return AgreementJson.of(agreements.save(body.applyTo(agreement)));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Send a draft to legal for review")
    public AgreementJson submit(@PathParam("id") long id, AgreementJson.Decision decision) {
        return AgreementJson.of(agreements.submit(id, version(decision)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.LEGAL)
    @Operation(summary = "Approve (not your own submission; every clause present or waived)")
    public AgreementJson approve(@PathParam("id") long id, AgreementJson.Decision decision) {
        return AgreementJson.of(agreements.approve(id, version(decision)));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.Names.LEGAL)
    @Operation(summary = "Send back to the submitter (rejected) with a reason, and optionally a remark per clause")
    public AgreementJson reject(@PathParam("id") long id, AgreementJson.Decision decision) {
        return AgreementJson.of(agreements.reject(id, version(decision), decision.reason(),
                decision.remarks() == null ? Map.of() : decision.remarks()));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Take your own submission out of review, back to a draft")
    public AgreementJson withdraw(@PathParam("id") long id, AgreementJson.Decision decision) {
        return AgreementJson.of(agreements.withdraw(id, version(decision)));
    }

    @POST
    @Path("{id}/terminate")
    @RolesAllowed(Role.Names.LEGAL)
    @Operation(summary = "Terminate an approved agreement on a date, with a reason")
    public AgreementJson terminate(@PathParam("id") long id, AgreementJson.Decision decision) {
        return AgreementJson.of(agreements.terminate(id, version(decision), decision.terminatedOn(),
                decision.reason()));
    }

    @POST
    @Path("{id}/amend")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Start an amendment: a new draft revision; the approved one stays in force meanwhile")
    public Response amend(@PathParam("id") long id) {
        return created(agreements.amend(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every step: who, when, why")
    public List<AgreementJson.EventJson> history(@PathParam("id") long id) {
        return agreements.find(id).getHistory().stream()
                .map(e -> new AgreementJson.EventJson(e.getAction(), e.getActor(), e.getAt(),
                        Messages.shown(Requests.locale(headers), e.getReason()))).toList();
    }

    @PUT
    @Path("{id}/document")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Upload the signed agreement (PDF); earlier uploads are kept")
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body)
            throws IOException {
        AgreementDocument document = agreements.upload(id, fileName, Documents.upload(body, storage.maxBytes()));
        return Responses.createdHere(uri, DocumentJson.of(document));
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "All uploads of the signed agreement, newest first")
    public List<DocumentJson> documents(@PathParam("id") long id) {
        agreements.find(id);
        return agreements.documents(id).stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the current signed agreement, always as an attachment")
    public Response download(@PathParam("id") long id) {
        return Documents.attachment(agreements.currentDocument(id));
    }

    private Response created(Agreement agreement) {
        URI location = uri.getBaseUriBuilder().path("agreements").path(String.valueOf(agreement.getId())).build();
        return Response.created(location).entity(AgreementJson.of(agreement)).build();
    }

    private static long version(AgreementJson.Decision decision) {
        return Requests.version(Requests.body(decision).version());
    }
}
