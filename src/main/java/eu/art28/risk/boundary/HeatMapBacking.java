package eu.art28.risk.boundary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.processors.entity.RiskTier;

/**
 * The heat map on the dashboard (alerts/dashboard.xhtml, its own section): active processors by inherent risk (rows,
 * high first) and residual risk (columns), each count a link to the processors of its cell (risk/list.xhtml).
 */
@Named
@RequestScoped
public class HeatMapBacking {

    @Inject
    Risks risks;

    private long[][] counts;

    /** One cell: its bands and how many processors lie in it. */
    public record Cell(RiskTier inherent, RiskTier residual, long count) {
    }

    /** A row of cells: one band of inherent risk. */
    public record Row(RiskTier inherent, List<Cell> cells) {
    }

    public List<RiskTier> getResiduals() {
        return List.of(RiskTier.values());
    }

    public List<Row> getRows() {
        if (counts == null) {
            counts = risks.heatMap();
        }
        return Arrays.stream(RiskTier.values()).sorted(Comparator.reverseOrder())
                .map(inherent -> new Row(inherent, Arrays.stream(RiskTier.values())
                        .map(residual -> new Cell(inherent, residual, counts[inherent.ordinal()][residual.ordinal()]))
                        .toList()))
                .toList();
    }
}
