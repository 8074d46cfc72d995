package eu.art28.deadlines.boundary;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;

/**
 * The expiry scan on demand. Its path stays under {@code alerts}, where clients have always called it; the more
 * literal path wins over {@code AlertsResource}'s, so alerts need not know deadlines.
 */
@Path("alerts/scan")
@Tag(name = "Alerts", description = "Findings someone must act on")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    @Inject
    Expiries expiries;

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Apply the expiry and review policy to everything now (the daily scan does it too)")
    public Map<String, Integer> scan() {
        return Map.of("findings", expiries.scan("cause.onDemand"));
    }
}
