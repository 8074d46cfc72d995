package eu.art28.reports.boundary;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Requests;
import eu.art28.processors.entity.Processor;

/** A processor's whole file as one PDF, in the language of the request's Accept-Language. */
@Path("reports/dossiers")
@Tag(name = "Reports", description = "The Art. 30 register, exports and imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class DossierResource {

    @Inject
    VendorDossier dossier;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{processorId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The vendor dossier of one processor as a PDF: its details and contacts, the gates of the"
            + " privacy statement, its agreements with the Art. 28(3) checklist, engagements, sub-processors at every"
            + " depth, security evidence, open alerts, personal data breaches and reviews (with the breaches since the"
            + " last one)")
    public Response get(@PathParam("processorId") long processorId) {
        Processor processor = dossier.processor(processorId);
        byte[] pdf = dossier.pdf(processorId, Requests.locale(headers));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + VendorDossier.fileName(processor, LocalDate.now()) + "\"").build();
    }
}
