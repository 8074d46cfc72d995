package eu.art28.risk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.boundary.Requests;
import eu.art28.platform.entity.Role;

/** The scoring policy: everyone reads which settings score the processors; admin saves the next version. */
@Path("risk/policy")
@Tag(name = "Risk", description = "Inherent and residual risk per processor, and the tier that follows it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class RiskPolicyResource {

    @Inject
    Risks risks;

    @GET
    @Operation(summary = "The policy that scores now: its version, settings, who saved it, when and why")
    public RiskPolicyJson policy() {
        return RiskPolicyJson.of(risks.policyVersion(), null);
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Save the next version of the policy (version: the one last read, 409 otherwise); every"
            + " processor is scored by it at once. A wrong setting is refused naming it (settings.KEY). Audited")
    public RiskPolicyJson save(RiskPolicyJson body) {
        RiskPolicyJson given = Requests.body(body);
        Risks.PolicySaved saved = risks.savePolicy(Requests.version(given.version()), given.settings(),
                given.reason());
        return RiskPolicyJson.of(saved.policy(), saved.scan());
    }
}
