package eu.art28.risk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;

/** A processor's risk, explained, and a person's override of its tier. */
@Path("processors/{processorId}/risk")
@Tag(name = "Risk", description = "Inherent and residual risk per processor, and the tier that follows it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class RiskResource {

    @Inject
    Risks risks;

    @Inject
    Event<CodeNames> question;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The processor's risk today: inherent, residual, the computed tier and the tier in force,"
            + " and the factors that make them, largest first, in the client's language")
    public RiskJson risk(@PathParam("processorId") long processorId) {
        return RiskJson.of(risks.explain(processorId), names());
    }

    @POST
    @Path("override")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Set the tier in force whatever the computed risk, with a reason (audited on the processor)")
    public RiskJson override(@PathParam("processorId") long processorId, RiskJson.Override body) {
        RiskJson.Override given = Requests.body(body);
        try {
            risks.override(processorId, Requests.version(given.version()), given.tier(), given.reason());
        } catch (InvalidInput e) {
            throw e.renamed("riskTier", "tier").renamed("riskTierReason", "reason");
        }
        return risk(processorId);
    }

    @POST
    @Path("follow-computed")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "End the override: the computed tier is in force again")
    public RiskJson followComputed(@PathParam("processorId") long processorId, RiskJson.Follow body) {
        risks.followComputed(processorId, Requests.version(Requests.body(body).version()));
        return risk(processorId);
    }

    private CodeNames names() {
        return CodeNames.asked(question, Requests.locale(headers));
    }
}
