package eu.art28.search.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.agreements.boundary.Agreements;
import eu.art28.agreements.entity.Agreement;
import eu.art28.platform.boundary.Page;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

/**
 * search/results.xhtml: what the search box found. Every role reads processors and agreements, so the results are
 * the same for all; the pages they link to apply their own roles. The first {@link #SHOWN} of each kind, and how
 * many there are in all, so that a search that finds too much asks for more words.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int SHOWN = 20;

    @Inject
    Processors processors;

    @Inject
    Agreements agreements;

    private String q;
    private Page<Processor> foundProcessors;
    private Page<Agreement> foundAgreements;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public boolean isAsked() {
        return q != null && !q.isEmpty();
    }

    public List<Processor> getProcessors() {
        return processorPage().items();
    }

    public long getProcessorsTotal() {
        return processorPage().total();
    }

    public List<Agreement> getAgreements() {
        return agreementPage().items();
    }

    public long getAgreementsTotal() {
        return agreementPage().total();
    }

    /** Whether either kind found more than is shown. */
    public boolean isMore() {
        return getProcessorsTotal() > SHOWN || getAgreementsTotal() > SHOWN;
    }

    private Page<Processor> processorPage() {
        if (foundProcessors == null) {
            foundProcessors = isAsked() ? processors.search(q, null, 0, SHOWN)
                    : new Page<>(List.of(), 0);
        }
        return foundProcessors;
    }

    private Page<Agreement> agreementPage() {
        if (foundAgreements == null) {
            foundAgreements = isAsked() ? agreements.search(new Agreements.Query(null, null, null, q), 0, SHOWN)
                    : new Page<>(List.of(), 0);
        }
        return foundAgreements;
    }
}
