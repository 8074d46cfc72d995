package eu.art28.reports.control;

import java.util.List;

/**
 * What an import found and did. {@code valid} lines are those without errors and without duplicates; {@code
 * imported} is how many of them were stored, 0 for a dry run and for an all-or-nothing import of a file with
 * any bad line.
 */
public record ProcessorImportReport(int lines, int valid, int imported, boolean dryRun, boolean allOrNothing,
        List<String> unknownColumns, List<LineError> errors, List<Duplicate> duplicates, String outcome) {

    /** A cell of a line that breaks a rule: its row in the spreadsheet, its column, why. */
    public record LineError(int line, String field, String message) {
    }

    /**
     * A line naming a processor that is registered already ({@code existingId}) or that an earlier line of the
     * same file names ({@code earlierLine}); it is not imported.
     */
    public record Duplicate(int line, String field, String value, Long existingId, String existingName,
            Integer earlierLine, String message) {
    }

    public int invalid() {
        return lines - valid;
    }

    public ProcessorImportReport with(int imported, boolean dryRun, boolean allOrNothing, String outcome) {
        return new ProcessorImportReport(lines, valid, imported, dryRun, allOrNothing, unknownColumns, errors,
                duplicates, outcome);
    }
}
