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

import eu.art28.platform.entity.Role;
import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.deletion.entity.DeletionDocument;
import eu.art28.platform.boundary.DocumentJson;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.control.NoSuchRecord;

@Path("deletions")
@Tag(name = "Deletion or return", description = "Art. 28(3)(g): what ended, the controller's choice to delete or"
        + " return the personal data, the processor's confirmation and certificate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class DeletionsResource {

    /**
     * An engagement that ended, or an agreement: both kinds of what ends share every call. No pattern on the kind:
     * the OpenAPI document would show it in the path.
     */
    static final String SUBJECT = "{kind}/{id}";

    @Inject
    Deletions deletions;

    @Inject
    DocumentStorage storage;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Page through what ended (engagements; agreements terminated or expired with nothing else of"
            + " the processor in force), latest end first, with the last allowed day for the confirmation, the state"
            + " and the retention of the purposes; filter by processor and state")
    public Page<DeletionJson> list(@QueryParam("processor") Long processorId,
            @QueryParam("state") DeletionState state, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<EndedProcessing> shown = deletions.page(processorId, state, page, size);
        Map<Long, DeletionDocument> documents = deletions.currentDocuments(shown.items().stream()
                .map(EndedProcessing::record).filter(Objects::nonNull).map(r -> r.getId()).toList());
        return shown.map(e -> DeletionJson.of(e, e.record() == null ? null : documents.get(e.record().getId())));
    }

    @GET
    @Path(SUBJECT)
    @Operation(summary = "The deletion or return of an engagement or after an agreement that ended (kind: engagements"
            + " or agreements; 409 when it has not ended)")
    public DeletionJson get(@PathParam("kind") String kind, @PathParam("id") long id) {
        return json(deletions.find(kind(kind), id));
    }

    @PUT
    @Path(SUBJECT)
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Record the choice (DELETE or RETURN), the processor's confirmation date and a note for an"
            + " engagement or after an agreement that ended; the version once something is recorded")
    public DeletionJson record(@PathParam("kind") String kind, @PathParam("id") long id, Deletions.Entry input) {
        return json(deletions.record(kind(kind), id, Requests.body(input), null));
    }

    @PUT
    @Path(SUBJECT + "/document")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Upload the processor's certificate of deletion or receipt of return (PDF), once the choice"
            + " is recorded; earlier uploads are kept")
    public Response upload(@PathParam("kind") String kind, @PathParam("id") long id,
            @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        DeletionDocument document = deletions.upload(kind(kind), id, fileName,
                Documents.upload(body, storage.maxBytes()));
        return Responses.createdHere(uri, DocumentJson.of(document));
    }

    @GET
    @Path(SUBJECT + "/documents")
    @Operation(summary = "All certificates, newest first")
    public List<DocumentJson> documents(@PathParam("kind") String kind, @PathParam("id") long id) {
        return deletions.documents(kind(kind), id).stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path(SUBJECT + "/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the current certificate, always as an attachment")
    public Response download(@PathParam("kind") String kind, @PathParam("id") long id) {
        return Documents.attachment(deletions.currentDocument(kind(kind), id));
    }

    @POST
    @Path("scan")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Judge every confirmation deadline now (the daily scan does it too)")
    public Map<String, Integer> scan() {
        return Map.of("findings", deletions.scan("cause.onDemand"));
    }

    /** The path names the kind in the plural, as the resources it is about are named; anything else is not found. */
    private static Kind kind(String plural) {
        return switch (plural) {
            case "engagements" -> Kind.ENGAGEMENT;
            case "agreements" -> Kind.AGREEMENT;
            default -> throw new NoSuchRecord("kind of what ended", plural);
        };
    }

    private DeletionJson json(EndedProcessing ended) {
        return DeletionJson.of(ended, ended.record() == null ? null
                : deletions.currentDocuments(List.of(ended.record().getId())).get(ended.record().getId()));
    }
}
