package eu.art28.chain.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/** The chain beneath a processor, at every depth. */
@Path("processors/{processorId}/chain")
@Tag(name = "Sub-processors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ChainResource {

    @Inject
    Subprocessors subprocessors;

    @GET
    @Operation(summary = "Every sub-processor beneath the processor, at any depth, with its status today")
    public ChainJson chain(@PathParam("processorId") long processorId) {
        Processor processor = subprocessors.processor(processorId);
        return ChainJson.of(processorId, processor.getName(), subprocessors.tree(processorId));
    }
}
