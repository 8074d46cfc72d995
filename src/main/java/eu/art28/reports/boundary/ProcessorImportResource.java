package eu.art28.reports.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.reports.control.ProcessorImportProgress;
import eu.art28.reports.control.ProcessorImportReport;
import eu.art28.reports.control.ProcessorImportTemplate;

@Path("imports/processors")
@Tag(name = "Imports", description = "Procurement's spreadsheet of processors, checked line by line and imported")
@RolesAllowed(Role.Names.PROCUREMENT)
public class ProcessorImportResource {

    /** Far above a registry's spreadsheet (20,000 lines of processors is about 4 MB), far below harm. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String CSV = "text/csv";

    @Inject
    ProcessorImport imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a CSV of processors line by line (dryRun=true, the default) or import its valid"
            + " lines in one transaction; allOrNothing=true stores nothing when any line is bad. UTF-8 or"
            + " Windows-1252, comma or semicolon, headers by name (see the template)")
    public ProcessorImportReport upload(InputStream body, @QueryParam("dryRun") @DefaultValue("true") Boolean dryRun,
            @QueryParam("allOrNothing") @DefaultValue("false") Boolean allOrNothing) {
        Locale locale = Requests.locale(headers);
        byte[] csv = read(body, locale);
        ProcessorImportProgress progress = new ProcessorImportProgress();
        return dryRun ? imports.check(csv, allOrNothing, locale, progress)
                : imports.run(csv, allOrNothing, locale, progress);
    }

    @GET
    @Path("template")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The CSV template: every column, headers in the caller's language, one example line")
    public Response template() {
        Locale locale = Requests.locale(headers);
        return Response.ok(ProcessorImportTemplate.csv(locale), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\""
                        + Messages.text(locale, "import.template.fileName") + "\"")
                .build();
    }

    private static byte[] read(InputStream body, Locale locale) {
        if (body == null) {
            throw new InvalidInput("file", "import.file.empty");
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new WebApplicationException(
                        Messages.text(locale, "import.file.tooLarge", MAX_BYTES / 1024 / 1024), 413);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
