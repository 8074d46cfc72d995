package eu.art28.reports.boundary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

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
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.reports.control.ProcessorRegisterSheet;
import eu.art28.reports.control.ProcessorStandings;
import eu.art28.reports.control.ProcessorStandings.Row;

/**
 * The processor register as a file, for integrations and for anyone who wants it in a spreadsheet: each processor
 * with where it stands with its agreements, the term in force, its evidence and its unresolved alerts. Streamed as
 * it is read, so that ten thousand processors cost no more memory than two hundred.
 */
@Path("reports")
@Tag(name = "Reports", description = "Registers and exports")
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ProcessorRegisterResource {

    @Inject
    ProcessorStandings standings;

    @Inject
    Processors registry;

    @Context
    HttpHeaders headers;

    @GET
    @Path("processors.xlsx")
    @Produces({Workbooks.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The processor register as an Excel workbook, filtered as GET /api/processors (q, status);"
            + " headers in the language of Accept-Language (nl or en)")
    public Response xlsx(@QueryParam("q") String q, @QueryParam("status") ProcessorStatus status) {
        Locale locale = Requests.locale(headers);
        LocalDate today = LocalDate.now();
        StreamingOutput body = Workbooks.xlsx(ProcessorRegisterSheet.sheetName(locale),
                ProcessorRegisterSheet.headers(locale),
                rows(q, status, today).map(row -> ProcessorRegisterSheet.cells(row, locale)));
        return attachment(body, Workbooks.XLSX_TYPE, "processors-" + today + ".xlsx");
    }

    @GET
    @Path("processors.csv")
    @Produces({Spreadsheet.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The processor register as CSV (UTF-8 with a byte-order mark), filtered as GET"
            + " /api/processors (q, status); cells a spreadsheet would read as a formula start with an apostrophe")
    public Response csv(@QueryParam("q") String q, @QueryParam("status") ProcessorStatus status) {
        Locale locale = Requests.locale(headers);
        LocalDate today = LocalDate.now();
        StreamingOutput body = Workbooks.csv(ProcessorRegisterSheet.headers(locale),
                rows(q, status, today).map(row -> ProcessorRegisterSheet.cells(row, locale)));
        return attachment(body, Spreadsheet.CSV_TYPE, "processors-" + today + ".csv");
    }

    /**
     * The register filtered as {@code GET /api/processors} filters (name contains the text in any case, or the KvK
     * number starts with it; a status), sorted by name, a chunk of processors at a time.
     */
    private Stream<Row> rows(String q, ProcessorStatus status, LocalDate today) {
        return standings.rows(chunk -> registry.search(q, status, chunk, ProcessorStandings.CHUNK).items(), today);
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
