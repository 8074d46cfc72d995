package eu.art28.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.art28.catalogue.control.CatalogueCodeInUse;

/**
 * Stands in, in the test deployment only, for the agreements that will use catalogue codes: it claims every
 * code whose last segment starts with {@value #MARK}.
 */
@ApplicationScoped
public class ClaimedCodes {

    static final String MARK = "claimed-";

    void answer(@Observes CatalogueCodeInUse question) {
        String last = question.code().substring(question.code().lastIndexOf('.') + 1);
        if (last.startsWith(MARK)) {
            question.usedBy("agreement TEST-" + last.substring(MARK.length()));
        }
    }
}
