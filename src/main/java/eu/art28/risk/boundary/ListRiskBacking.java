package eu.art28.risk.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import eu.art28.processors.entity.RiskTier;
import eu.art28.risk.control.RiskReads;

/**
 * risk/list.xhtml: the active processors of one cell of the heat map (view parameters {@code inherent} and
 * {@code residual}, each a tier's band), highest residual risk first, a page at a time.
 */
@Named
@ViewScoped
public class ListRiskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Risks risks;

    private RiskTier inherent = RiskTier.HIGH;
    private RiskTier residual = RiskTier.HIGH;

    private final LazyDataModel<RiskReads.Scored> processors = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) risks.countIn(inherent, residual);
        }

        @Override
        public List<RiskReads.Scored> load(int first, int size, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return risks.in(inherent, residual, first, size);
        }

        @Override
        public String getRowKey(RiskReads.Scored row) {
            return String.valueOf(row.id());
        }

        @Override
        public RiskReads.Scored getRowData(String key) {
            return null;
        }
    };

    public LazyDataModel<RiskReads.Scored> getProcessors() {
        return processors;
    }

    public RiskTier[] getTiers() {
        return RiskTier.values();
    }

    public RiskTier getInherent() {
        return inherent;
    }

    public void setInherent(RiskTier inherent) {
        this.inherent = inherent == null ? RiskTier.HIGH : inherent;
    }

    public RiskTier getResidual() {
        return residual;
    }

    public void setResidual(RiskTier residual) {
        this.residual = residual == null ? RiskTier.HIGH : residual;
    }
}
