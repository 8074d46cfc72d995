package eu.art28.reports.boundary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Spreadsheet;
import eu.art28.platform.control.Workbooks;
import eu.art28.reports.control.ProcessingRegister;
import eu.art28.reports.control.RegisterFiles;

/**
 * The Art. 30(1) register over the API, as JSON and as the files the page offers; in the language of the request's
 * Accept-Language (Dutch or English). Every role reads it, as every role reads what it is made of.
 */
@Path("reports/register")
@Tag(name = "Reports", description = "The Art. 30 register, exports and imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class RegisterResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    private static final String ACTIVITIES = "\"activities\":[]";

    @Inject
    Register register;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The record of processing activities (Art. 30(1) GDPR) made from the registry: per purpose"
            + " its legal basis, data subjects and data categories, recipients down the sub-processor chain, transfers"
            + " outside the EEA with their safeguards, retention and the recipients' security evidence; on the day"
            + " `on` (default today)")
    @APIResponse(responseCode = "200", description = "The register", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessingRegister.Document.class)))
    public Response get(@QueryParam("on") LocalDate on) {
        LocalDate day = day(on);
        Locale locale = Requests.locale(headers);
        ProcessingRegister.Document heading = register.heading(day);
        StreamingOutput body = out -> writeJson(heading, register.activities(day, locale), out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * The JSON the document would be, written activity by activity: the heading's own JSON (JSON-B's, as for any
     * answer) with the activities spliced into its empty list, so that the fields and their order stay JSON-B's.
     */
    static void writeJson(ProcessingRegister.Document heading, Stream<ProcessingRegister.Activity> activities,
            OutputStream out) throws IOException {
        String empty = JSON.toJson(heading);
        int list = empty.indexOf(ACTIVITIES) + ACTIVITIES.length();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(empty, 0, list - 1);
        String separator = "";
        for (ProcessingRegister.Activity activity : (Iterable<ProcessingRegister.Activity>) activities::iterator) {
            writer.write(separator);
            writer.write(JSON.toJson(activity));
            writer.flush(); // the reader has each activity as soon as it is made
            separator = ",";
        }
        writer.write(empty, list - 1, empty.length() - (list - 1));
        writer.flush();
    }

    @GET
    @Path("export.csv")
    @Produces({Spreadsheet.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The register as CSV (UTF-8 with byte-order mark), one line per purpose")
    public Response csv(@QueryParam("on") LocalDate on) {
        return file(on, RegisterFiles.Format.CSV);
    }

    @GET
    @Path("export.xlsx")
    @Produces({Workbooks.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The register as an Excel workbook, one row per purpose")
    public Response xlsx(@QueryParam("on") LocalDate on) {
        return file(on, RegisterFiles.Format.XLSX);
    }

    @GET
    @Path("export.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The register as a PDF to hand to the supervisory authority, one section per purpose")
    public Response pdf(@QueryParam("on") LocalDate on) {
        return file(on, RegisterFiles.Format.PDF);
    }

    private Response file(LocalDate on, RegisterFiles.Format format) {
        Locale locale = Requests.locale(headers);
        LocalDate day = day(on);
        ProcessingRegister.Document heading = register.heading(day);
        StreamingOutput body = out -> format.write(heading, register.activities(day, locale), locale, out);
        return Response.ok(body, format.mediaType).header("Content-Disposition",
                "attachment; filename=\"" + format.fileName(heading) + "\"").build();
    }

    private static LocalDate day(LocalDate on) {
        return on == null ? LocalDate.now() : on;
    }
}
