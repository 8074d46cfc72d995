package eu.art28.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import eu.art28.alerts.entity.Rule;
import eu.art28.requests.entity.AlertAnswers;

/**
 * For the alert list's "Ask the processor": whether a request answers an alert of the rule, as {@link AlertAnswers}
 * says. The page asks by name, so that alerts need not know requests.
 */
@Named
@ApplicationScoped
public class AskTheProcessor {

    public boolean answers(Rule rule) {
        return !AlertAnswers.kindsFor(rule).isEmpty();
    }
}
