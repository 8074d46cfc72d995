package eu.art28.evidence.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceDocument;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.boundary.DocumentJson;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Responses;

@Path("evidence")
@Tag(name = "Evidence", description = "Security evidence and confidentiality undertakings per processor: supporting"
        + " the Art. 28(1) judgement, not a certification under Art. 42")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class EvidenceResource {

    @Inject
    EvidenceRegister register;

    @Inject
    DocumentStorage storage;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Page through the evidence on file (or the withdrawn); filter by processor, type, valid on a"
            + " day, ending before a day")
    public Page<EvidenceJson> list(@QueryParam("processorId") Long processorId,
            @QueryParam("type") EvidenceType type, @QueryParam("validOn") LocalDate validOn,
            @QueryParam("expiresBefore") LocalDate expiresBefore,
            @QueryParam("withdrawn") @DefaultValue("false") Boolean withdrawn,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page<Evidence> found = register.search(new EvidenceRegister.Query(processorId, type, validOn, expiresBefore,
                withdrawn), page, size);
        Map<Long, EvidenceDocument> documents = register.currentDocuments(found.items().stream()
                .map(Evidence::getId).toList());
        return found.map(e -> EvidenceJson.of(e, documents.get(e.getId()), register.warningDays()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One piece of evidence, withdrawn or not")
    public EvidenceJson get(@PathParam("id") long id) {
        return json(register.find(id));
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Register evidence of a processor that is not offboarded")
    public Response create(EvidenceJson input) {
        EvidenceJson body = Requests.body(input);
        Evidence saved = register.save(body.applyTo(new Evidence(register.processor(body.processorId()),
                register.caller())));
        return Responses.created(uri, saved.getId(), json(saved));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Change evidence (with version); it stays with its processor")
    public EvidenceJson update(@PathParam("id") long id, EvidenceJson input) {
        EvidenceJson body = Requests.body(input);
        Evidence evidence = register.find(id);
        Requests.version(body.version(), evidence.getVersion());
        if (body.processorId() != null) {
            evidence.setProcessor(register.processor(body.processorId()));
        }
        return json(register.save(body.applyTo(evidence)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.ADMIN})
    @Operation(summary = "Withdraw evidence (with ?version= and ?reason=): off file, kept on record")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
            @QueryParam("reason") String reason) {
        register.remove(id, Requests.version(version), reason);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/document")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Upload the certificate, report or undertaking (PDF); earlier uploads are kept")
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body)
            throws IOException {
        EvidenceDocument document = register.upload(id, fileName,
                Documents.upload(body, storage.maxBytes()));
        return Responses.createdHere(uri, DocumentJson.of(document));
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "All uploads, newest first")
    public List<DocumentJson> documents(@PathParam("id") long id) {
        register.find(id);
        return register.documents(id).stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the current document, always as an attachment")
    public Response download(@PathParam("id") long id) {
        return Documents.attachment(register.currentDocument(id));
    }

    private EvidenceJson json(Evidence evidence) {
        return EvidenceJson.of(evidence, register.currentDocuments(List.of(evidence.getId())).get(evidence.getId()),
                register.warningDays());
    }
}
