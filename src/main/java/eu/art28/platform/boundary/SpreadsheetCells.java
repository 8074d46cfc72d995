package eu.art28.platform.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import eu.art28.platform.control.Spreadsheet;

/**
 * For PrimeFaces' exporters on the pages: {@code exportValue="#{spreadsheet.inert(r.name())}"} keeps text someone
 * typed from running as a formula in the spreadsheet that opens the file.
 */
@Named("spreadsheet")
@ApplicationScoped
public class SpreadsheetCells {

    public String inert(Object value) {
        return value == null ? "" : Spreadsheet.inert(value.toString());
    }

    /** An export's file name with today's date ({@code processors-2026-11-27}); PrimeFaces adds the extension. */
    public String fileName(String base) {
        return base + "-" + LocalDate.now();
    }
}
