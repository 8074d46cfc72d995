package eu.art28.requests.boundary;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;

/** Chasing on demand: what the daily scan does for requests, for an administrator catching up or testing a day. */
@Path("requests/chase")
@Tag(name = "Requests to processors", description = "What we ask a processor, answered by its contact through a"
        + " personal link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChasingResource {

    @Inject
    Chasing chasing;

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Chase the requests as the daily scan does: the reminder due to each contact who has not"
            + " answered (each at most once), and REQUEST_OVERDUE for those past their due day")
    public Chasing.Chased chase(@Parameter(description = "The day to chase as on; today when left out",
            example = "2026-12-21") @QueryParam("day") LocalDate day) {
        return chasing.chase(day == null ? LocalDate.now() : day, "cause.onDemand");
    }
}
