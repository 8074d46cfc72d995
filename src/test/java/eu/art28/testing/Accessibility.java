package eu.art28.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * WCAG 2.1 AA as axe-core checks it, on the page a {@link Browser} shows: the serious and critical violations, each
 * naming the page, the rule and the elements, so that a failure says what to fix. Minor and moderate findings are
 * not counted (issue 22 asks for none of the serious and critical ones).
 */
public final class Accessibility {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> COUNTED = Set.of("serious", "critical");

    /**
     * Only the violations come back in detail, and axe runs in the page itself (legacy mode: the pages have no
     * frames), not once more in a blank tab it would open to merge the frames' results.
     */
    private static final AxeRunOptions OPTIONS = new AxeRunOptions();

    static {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        OPTIONS.setRunOnly(only);
        OPTIONS.setResultTypes(List.of("violations"));
    }

    private Accessibility() {
    }

    /**
     * What keeps the page shown from being used on a desk and on a phone (375 px): axe's serious and critical
     * violations at both widths and what scrolls sideways on the phone; the browser is left at desk width.
     */
    public static List<String> problemsOnDeskAndPhone(Browser browser) {
        List<String> found = new ArrayList<>(violations(browser));
        browser.resize(375, 812);
        found.addAll(browser.overflow());
        found.addAll(violations(browser));
        browser.resize(1400, 1000);
        return found;
    }

    /** The serious and critical violations on the page shown, one line each: page, rule, impact, help, elements. */
    public static List<String> violations(Browser browser) {
        Results results = new AxeBuilder().withOptions(OPTIONS).setLegacyMode(true).disableIframeTesting()
                .analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + browser.currentPath() + ": "
                    + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!COUNTED.contains(rule.getImpact())) {
                continue;
            }
            String nodes = rule.getNodes().stream().limit(5).map(Accessibility::node)
                    .collect(Collectors.joining("; "));
            found.add(browser.currentPath() + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp()
                    + ") at " + nodes + (rule.getNodes().size() > 5 ? " and " + (rule.getNodes().size() - 5)
                    + " more" : ""));
        }
        return found;
    }

    private static String node(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
    }
}
