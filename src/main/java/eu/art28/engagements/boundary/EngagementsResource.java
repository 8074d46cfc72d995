package eu.art28.engagements.boundary;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.control.CodeNames;
import eu.art28.platform.entity.Role;
import eu.art28.alerts.boundary.AlertJson;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.Subject;
import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;

@Path("engagements")
@Tag(name = "Engagements", description = "What processors are used for, judged against their agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class EngagementsResource {

    @Inject
    Event<CodeNames> question;

    /** The catalogue's names in the client's language, asked once per request (a resource lives for one). */
    private CodeNames names;

    @Inject
    Engagements engagements;

    @Inject
    Alerts alerts;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Page through engagements, optionally of one processor or matching a text")
    public Page<EngagementJson> list(@QueryParam("processorId") Long processorId, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page<Engagement> found = engagements.search(new Engagements.Query(processorId, q), page, size);
        Map<Subject, List<Alert>> findings = alerts.unresolved(found.items().stream()
                .map(engagement -> Subject.engagement(engagement.getId())).toList());
        return found.map(engagement -> json(engagement,
                findings.getOrDefault(Subject.engagement(engagement.getId()), List.of())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One engagement, with covered and its current findings")
    public EngagementJson get(@PathParam("id") long id) {
        return json(engagements.find(id));
    }

    @POST
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.MANAGER})
    @Operation(summary = "Register an engagement; the answer carries its findings")
    public Response create(EngagementJson input) {
        EngagementJson body = Requests.body(input);
        Engagement saved = engagements.save(body.applyTo(new Engagement(engagements.processor(body.processorId()))));
        return Responses.created(uri, saved.getId(), json(saved));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.MANAGER})
    @Operation(summary = "Change an engagement (with version); the answer carries its findings")
    public EngagementJson update(@PathParam("id") long id, EngagementJson input) {
        EngagementJson body = Requests.body(input);
        Engagement engagement = engagements.find(id);
        Requests.version(body.version(), engagement.getVersion());
        return json(engagements.save(body.applyTo(engagement)));
    }

    private EngagementJson json(Engagement engagement) {
        return json(engagement, alerts.unresolved(Subject.engagement(engagement.getId())));
    }

    private EngagementJson json(Engagement engagement, List<Alert> findings) {
        if (names == null) {
            names = CodeNames.asked(question, Requests.locale(headers));
        }
        return EngagementJson.of(engagement, findings.stream().map(a -> AlertJson.of(a, names)).toList());
    }
}
