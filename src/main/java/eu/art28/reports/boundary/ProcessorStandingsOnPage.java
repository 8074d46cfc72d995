package eu.art28.reports.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.processors.entity.Processor;
import eu.art28.reports.control.ProcessorStandings;
import eu.art28.reports.control.ProcessorStandings.Standing;

/**
 * The register's figures on processors/list.xhtml:
 * {@code #{processorStandings.of(listProcessorsBacking.model.wrappedData, p)}}. The first row asked about loads the
 * figures of every row the table holds (its page, or the chunk an export is writing) in one go, so a page of 25
 * costs three queries and not 75. Only the latest rows are kept: an export of ten thousand rows does not pile them
 * up. A bean of the reports feature, because processors may not depend on agreements, evidence and alerts.
 */
@Named("processorStandings")
@RequestScoped
public class ProcessorStandingsOnPage {

    @Inject
    ProcessorStandings standings;

    private Map<Long, Standing> loaded = new HashMap<>();

    public Standing of(List<Processor> rows, Processor processor) {
        Standing standing = loaded.get(processor.getId());
        if (standing == null) {
            List<Long> ids = new ArrayList<>();
            if (rows != null) {
                rows.forEach(row -> ids.add(row.getId()));
            }
            if (!ids.contains(processor.getId())) {
                ids.add(processor.getId());
            }
            loaded = standings.of(ids, LocalDate.now());
            standing = loaded.get(processor.getId());
        }
        return standing;
    }
}
