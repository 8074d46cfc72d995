package eu.art28.chain.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/** The intake of processors' sub-processor notices, and what legal still has to decide. */
@Path("chain/notices")
@Tag(name = "Sub-processors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class NoticesResource {

    @Context
    HttpHeaders headers;

    @Inject
    Subprocessors subprocessors;

    @GET
    @Operation(summary = "What legal must decide: general notices open to objection (soonest deadline first) and"
            + " specific requests awaiting approval")
    public List<LinkJson> undecided() {
        return subprocessors.undecided().stream().map(l -> LinkJson.of(l, locale())).toList();
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Record a processor's notice that it adds a sub-processor (or replaces one: replacesLinkId)"
            + " from startsOn; creates the pending link with its objection deadline")
    public Response receive(LinkJson input) {
        LinkJson body = Requests.body(input);
        Processor processor = subprocessors.processor(body.processorId(), "processorId");
        SubprocessorLink link = body.applyTo(new SubprocessorLink(processor,
                subprocessors.processor(body.subprocessorId(), "subprocessorId"), Authorisation.GENERAL,
                subprocessors.caller()));
        SubprocessorLink saved = subprocessors.receive(new Subprocessors.Notice(link, body.noticeReceivedOn(),
                body.replacesLinkId()));
        URI location = UriBuilder.fromPath("processors/{p}/subprocessors/{l}").build(processor.getId(), saved.getId());
        return Response.created(location).entity(LinkJson.of(saved, locale())).build();
    }

    /** The client's language (Accept-Language), for the texts Art28 stored to show later. */
    private Locale locale() {
        return Requests.locale(headers);
    }
}
