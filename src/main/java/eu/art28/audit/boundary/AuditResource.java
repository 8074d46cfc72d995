package eu.art28.audit.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.audit.entity.Action;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.control.Spreadsheet;

/**
 * The audit trail over the API: read only. There is deliberately no PUT, POST or DELETE here: an entry cannot be
 * changed or removed through Art28 at all.
 */
@Path("audit")
@Tag(name = "Audit", description = "The append-only audit trail of every change")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(summary = "Search the audit trail, newest first: by entity type and id, actor, action, period (from and"
            + " to, ISO days, both included) and text in the changed values or the reason (auditors, administrators)")
    public Page<AuditEntryJson> search(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("actor") String actor,
            @QueryParam("action") Action action, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("text") String text, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return trail.search(new AuditTrail.Query(entityType, entityId, actor, action, from, to, text), page, size)
                .map(AuditEntryJson::of);
    }

    @GET
    @Path("export.csv")
    @Produces({Spreadsheet.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The search as CSV, one line per changed field; cells that a spreadsheet would read as a"
            + " formula start with an apostrophe")
    public Response export(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("action") Action action,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("text") String text) {
        AuditTrail.Query query = new AuditTrail.Query(entityType, entityId, actor, action, from, to, text);
        StreamingOutput body = out -> trail.export(query, out);
        return Response.ok(body, Spreadsheet.CSV_TYPE)
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    @GET
    @Path("history/{entityType}/{id}")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN,
            Role.Names.AUDITOR})
    @Operation(summary = "One record's history, oldest first (entity types as named by Art28: Processor, Agreement,"
            + " Engagement, Evidence, SubprocessorLink, ...); every role reads every record, so every role reads this,"
            + " except the history of an Account or ApiToken: that is read by its owner, auditors and administrators")
    public List<AuditEntryJson> history(@PathParam("entityType") String entityType, @PathParam("id") String id) {
        return trail.history(entityType, id).stream().map(AuditEntryJson::of).toList();
    }
}
