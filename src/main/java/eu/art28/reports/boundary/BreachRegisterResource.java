package eu.art28.reports.boundary;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.boundary.Requests;
import eu.art28.platform.entity.Role;

/** The breach register (Art. 33(5)) as a PDF, in the language of the request's Accept-Language. */
@Path("reports/breaches")
@Tag(name = "Reports", description = "The Art. 30 register, exports and imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class BreachRegisterResource {

    @Inject
    BreachRegister register;

    @Context
    HttpHeaders headers;

    @GET
    @Path("export.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The breach register (Art. 33(5)) as a PDF: every breach a processor reported, notified or"
            + " not, with the facts, the processor's notice against its window and our decision; the latest 200"
            + " (GET /api/incidents pages through all)")
    public Response pdf() {
        return Response.ok(register.pdf(Requests.locale(headers)), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + BreachRegister.fileName(LocalDate.now()) + "\"").build();
    }
}
