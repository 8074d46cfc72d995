package eu.art28.alerts.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.control.CodeNames;
import eu.art28.platform.entity.Role;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;

@Path("alerts")
@Tag(name = "Alerts", description = "Findings someone must act on")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class AlertsResource {

    @Inject
    Event<CodeNames> question;

    @Inject
    Notifications notifications;

    @Inject
    Alerts alerts;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Page through alerts, newest first; filter by type (rule), status, processor, severity,"
            + " engagement or subject (agreement:7, evidence:3, link:5, processor:4, engagement:12)")
    public Page<AlertJson> list(@QueryParam("type") Rule type, @QueryParam("status") AlertStatus status,
            @QueryParam("processorId") Long processorId, @QueryParam("severity") Severity severity,
            @QueryParam("engagementId") Long engagementId, @QueryParam("subject") String subject,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        CodeNames names = names();
        return alerts.search(new Alerts.Query(type, status, processorId, severity, engagementId, subject), page,
                size).map(a -> AlertJson.of(a, names));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alert, with its explanation and fix in the caller's language")
    public AlertJson get(@PathParam("id") long id) {
        return AlertJson.of(alerts.find(id), names());
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.LEGAL})
    @Operation(summary = "Say that someone is on it: {\"version\":N,\"note\":\"...\"}")
    public AlertJson acknowledge(@PathParam("id") long id, AlertJson.Acknowledgement body) {
        long version = Requests.version(Requests.body(body).version());
        return AlertJson.of(alerts.acknowledge(id, version, body.note()), names());
    }

    @POST
    @Path("acknowledge")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.LEGAL})
    @Operation(summary = "Acknowledge several alerts with one note: {\"ids\":[N,...],\"note\":\"...\"}; returns those"
            + " acknowledged now (an alert no longer open is left as it is)")
    public List<AlertJson> acknowledgeAll(AlertJson.Acknowledgements body) {
        CodeNames names = names();
        return alerts.acknowledge(Requests.body(body).ids(), body.note()).stream()
                .map(a -> AlertJson.of(a, names)).toList();
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.LEGAL})
    @Operation(summary = "Give an alert to a person (LEGAL or MANAGER) to act on by a day; they are told by mail:"
            + " {\"version\":N,\"assignee\":\"legal\",\"dueOn\":\"2026-12-15\"}")
    public AlertJson assign(@PathParam("id") long id, AlertJson.Assignment body) {
        long version = Requests.version(Requests.body(body).version());
        return AlertJson.of(alerts.assign(id, version, body.assignee(), body.dueOn()), names());
    }

    /** The client's language, and the catalogue's names in it for the explanations. */
    private CodeNames names() {
        return CodeNames.asked(question, Requests.locale(headers));
    }

    @POST
    @Path("digest")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Queue the digest mail now for the managers who chose it (the daily digest does it too)")
    public Map<String, Integer> digest() {
        int queued = notifications.digest(Instant.now());
        notifications.deliverSoon();
        return Map.of("queued", queued);
    }
}
