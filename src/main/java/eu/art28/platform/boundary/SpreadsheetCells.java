package eu.art28.platform.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.primefaces.component.export.ExcelOptions;

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

    /**
     * For the Excel exporter: dates as yyyy-mm-dd, and text stays text (PrimeFaces would otherwise turn a KvK
     * number into a number and drop its leading zero): {@code options="#{spreadsheet.excel}"}.
     */
    public ExcelOptions getExcel() {
        ExcelOptions options = new ExcelOptions();
        options.setStronglyTypedCells(false);
        options.setExcelDateFormat("yyyy-mm-dd");
        options.setExcelDateTimeFormat("yyyy-mm-dd hh:mm:ss");
        return options;
    }

    /** An export's file name with today's date ({@code processors-2026-11-27}); PrimeFaces adds the extension. */
    public String fileName(String base) {
        return base + "-" + LocalDate.now();
    }
}
