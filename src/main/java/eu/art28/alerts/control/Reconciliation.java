package eu.art28.alerts.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Subject;

/**
 * What the findings of some rules about some subjects do to the alerts those subjects already have: a new finding
 * opens an alert, or reopens the resolved one of its rule and subject; a known finding that reads otherwise now
 * updates its alert (one that reads the same leaves it alone); an alert not yet resolved (open or acknowledged)
 * whose finding is gone is resolved. Plain Java: {@code Alerts} reads the alerts and writes what is decided here.
 */
public final class Reconciliation {

    /**
     * The decisions: the findings to open alerts for, in the order of the subjects; the alerts (by id) to update or
     * reopen with a finding; the alerts to resolve.
     */
    public record Outcome(List<Finding> open, Map<Long, Finding> update, Map<Long, Finding> reopen,
            Set<Long> resolve) {

        public Outcome {
            open = List.copyOf(open);
            update = Map.copyOf(update);
            reopen = Map.copyOf(reopen);
            resolve = Set.copyOf(resolve);
        }

        /** The ids of the alerts to write: the only ones fetched as entities, each then given to {@link #apply}. */
        public Set<Long> changed() {
            Set<Long> ids = new HashSet<>(update.keySet());
            ids.addAll(reopen.keySet());
            ids.addAll(resolve);
            return ids;
        }

        /**
         * Does to one of the {@link #changed()} alerts what was decided for it; returns whether it asks for
         * attention again (reopened, or escalated by its update).
         */
        public boolean apply(Alert alert, Instant at, String cause) {
            Finding finding = update.get(alert.getId());
            if (finding != null) {
                return alert.update(finding, at);
            }
            finding = reopen.get(alert.getId());
            if (finding != null) {
                alert.reopen(finding, at);
                return true;
            }
            if (resolve.contains(alert.getId())) {
                alert.resolve(at, cause);
            }
            return false;
        }
    }

    private record Key(Rule rule, Subject subject) {
    }

    private Reconciliation() {
    }

    /** The findings by subject, each subject's in their order, as {@link #decide} takes them. */
    public static Map<Subject, List<Finding>> bySubject(Collection<Finding> findings) {
        Map<Subject, List<Finding>> bySubject = new LinkedHashMap<>();
        findings.forEach(f -> bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f));
        return bySubject;
    }

    /**
     * Decides for {@code subjects} only: findings about other subjects are not looked at, nor are alerts of other
     * rules. {@code known} are the subjects' alerts in the order of their ids: of two with the same rule and
     * subject, the later counts.
     */
    public static Outcome decide(Collection<Subject> subjects, Set<Rule> rules, Collection<Alert.State> known,
            Map<Subject, List<Finding>> findings) {
        Map<Key, Alert.State> unresolved = new LinkedHashMap<>();
        Map<Key, Alert.State> resolved = new LinkedHashMap<>();
        for (Alert.State alert : known) {
            if (rules.contains(alert.rule())) {
                (alert.isResolved() ? resolved : unresolved).put(new Key(alert.rule(), alert.subject()), alert);
            }
        }
        List<Finding> open = new ArrayList<>();
        Map<Long, Finding> update = new LinkedHashMap<>();
        Map<Long, Finding> reopen = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            for (Finding finding : findings.getOrDefault(subject, List.of())) {
                Key key = new Key(finding.rule(), subject);
                Alert.State alert = unresolved.remove(key);
                if (alert != null) {
                    if (!alert.describes(finding)) {
                        update.put(alert.id(), finding);
                    }
                } else if (resolved.containsKey(key)) {
                    reopen.put(resolved.get(key).id(), finding);
                } else {
                    open.add(finding);
                }
            }
        }
        return new Outcome(open, update, reopen, unresolved.values().stream().map(Alert.State::id)
                .collect(Collectors.toSet()));
    }
}
