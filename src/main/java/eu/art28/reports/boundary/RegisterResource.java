package eu.art28.reports.boundary;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

    @Inject
    Register register;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The record of processing activities (Art. 30(1) GDPR) made from the registry: per purpose"
            + " its legal basis, data subjects and data categories, recipients down the sub-processor chain, transfers"
            + " outside the EEA with their safeguards, retention and the recipients' security evidence; on the day"
            + " `on` (default today)")
    public ProcessingRegister.Document get(@QueryParam("on") LocalDate on) {
        return register.on(day(on), Requests.locale(headers));
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
        ProcessingRegister.Document document = register.on(day(on), locale);
        StreamingOutput body = out -> format.write(document, locale, out);
        return Response.ok(body, format.mediaType).header("Content-Disposition",
                "attachment; filename=\"" + format.fileName(document) + "\"").build();
    }

    private static LocalDate day(LocalDate on) {
        return on == null ? LocalDate.now() : on;
    }
}
