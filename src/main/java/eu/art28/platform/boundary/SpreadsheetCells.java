package eu.art28.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

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

    /**
     * A moment for the exports, which machines read: the time on the server's clock to the second, a date-time cell
     * in Excel and ISO 8601 in CSV ("2026-11-28T10:15:02"), as days are (a LocalDate is a date cell and ISO).
     * People's way of writing dates is for the pages and the PDFs.
     */
    public LocalDateTime moment(Instant moment) {
        return moment == null ? null
                : LocalDateTime.ofInstant(moment, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** An export's file name with today's date ({@code processors-2026-11-27}); PrimeFaces adds the extension. */
    public String fileName(String base) {
        return base + "-" + LocalDate.now();
    }
}
