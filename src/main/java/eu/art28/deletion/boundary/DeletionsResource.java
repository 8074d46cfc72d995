package eu.art28.deletion.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.accounts.entity.Role;
import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.deletion.entity.DeletionDocument;
import eu.art28.platform.boundary.DocumentJson;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;

@Path("deletions")
@Tag(name = "Deletion or return", description = "Art. 28(3)(g): what ended, the controller's choice to delete or"
        + " return the personal data, the processor's confirmation and certificate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class DeletionsResource {

    @Inject
    Deletions deletions;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Page through what ended (engagements; agreements terminated or expired with nothing else of"
            + " the processor in force), latest end first, with the last allowed day for the confirmation, the state"
            + " and the retention of the purposes; filter by processor and state")
    public Page<DeletionJson> list(@QueryParam("processor") Long processorId,
            @QueryParam("state") DeletionState state, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Requests.paging(page, size);
        List<EndedProcessing> ended = deletions.ended(processorId, state);
        List<EndedProcessing> shown = ended.stream().skip((long) page * size).limit(size).toList();
        Map<Long, DeletionDocument> documents = deletions.currentDocuments(shown.stream()
                .map(EndedProcessing::record).filter(Objects::nonNull).map(r -> r.getId()).toList());
        return new Page<>(shown.stream().map(e -> DeletionJson.of(e, e.record() == null ? null
                : documents.get(e.record().getId()))).toList(), ended.size());
    }

    @GET
    @Path("engagements/{id}")
    @Operation(summary = "The deletion or return of an engagement that ended (409 when it has not ended)")
    public DeletionJson engagement(@PathParam("id") long id) {
        return json(deletions.find(Kind.ENGAGEMENT, id));
    }

    @GET
    @Path("agreements/{id}")
    @Operation(summary = "The deletion or return after an agreement that ended (409 when it has not ended)")
    public DeletionJson agreement(@PathParam("id") long id) {
        return json(deletions.find(Kind.AGREEMENT, id));
    }

    @PUT
    @Path("engagements/{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Record the choice (DELETE or RETURN), the processor's confirmation date and a note for an"
            + " engagement that ended; the version once something is recorded")
    public DeletionJson recordEngagement(@PathParam("id") long id, Deletions.Entry input) {
        return json(deletions.record(Kind.ENGAGEMENT, id, Requests.body(input), null));
    }

    @PUT
    @Path("agreements/{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Record the choice (DELETE or RETURN), the processor's confirmation date and a note after an"
            + " agreement that ended; the version once something is recorded")
    public DeletionJson recordAgreement(@PathParam("id") long id, Deletions.Entry input) {
        return json(deletions.record(Kind.AGREEMENT, id, Requests.body(input), null));
    }

    @PUT
    @Path("engagements/{id}/document")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Upload the processor's certificate of deletion or receipt of return (PDF) for an engagement"
            + " that ended, once the choice is recorded; earlier uploads are kept")
    public Response uploadForEngagement(@PathParam("id") long id, @QueryParam("fileName") String fileName,
            InputStream body) throws IOException {
        return upload(Kind.ENGAGEMENT, id, fileName, body);
    }

    @PUT
    @Path("agreements/{id}/document")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Upload the processor's certificate of deletion or receipt of return (PDF) after an"
            + " agreement that ended, once the choice is recorded; earlier uploads are kept")
    public Response uploadForAgreement(@PathParam("id") long id, @QueryParam("fileName") String fileName,
            InputStream body) throws IOException {
        return upload(Kind.AGREEMENT, id, fileName, body);
    }

    @GET
    @Path("engagements/{id}/documents")
    @Operation(summary = "All certificates of an engagement that ended, newest first")
    public List<DocumentJson> engagementDocuments(@PathParam("id") long id) {
        return deletions.documents(Kind.ENGAGEMENT, id).stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path("agreements/{id}/documents")
    @Operation(summary = "All certificates after an agreement that ended, newest first")
    public List<DocumentJson> agreementDocuments(@PathParam("id") long id) {
        return deletions.documents(Kind.AGREEMENT, id).stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path("engagements/{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the current certificate of an engagement that ended, always as an attachment")
    public Response engagementDocument(@PathParam("id") long id) {
        return Documents.attachment(deletions.currentDocument(Kind.ENGAGEMENT, id));
    }

    @GET
    @Path("agreements/{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the current certificate after an agreement that ended, always as an attachment")
    public Response agreementDocument(@PathParam("id") long id) {
        return Documents.attachment(deletions.currentDocument(Kind.AGREEMENT, id));
    }

    @POST
    @Path("scan")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Judge every confirmation deadline now (the daily scan does it too)")
    public Map<String, Integer> scan() {
        return Map.of("findings", deletions.scan("scan on demand"));
    }

    private Response upload(Kind kind, long id, String fileName, InputStream body) throws IOException {
        DeletionDocument document = deletions.upload(kind, id, fileName,
                Documents.upload(body, deletions.maxDocumentBytes()));
        return Response.created(uri.getAbsolutePath()).entity(DocumentJson.of(document)).build();
    }

    private DeletionJson json(EndedProcessing ended) {
        return DeletionJson.of(ended, ended.record() == null ? null
                : deletions.currentDocuments(List.of(ended.record().getId())).get(ended.record().getId()));
    }
}
