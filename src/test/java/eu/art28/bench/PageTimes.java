package eu.art28.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;

/**
 * Lazy table page times (issue 10): procurement in headless Chromium opens the processors, agreements and
 * engagements lists of a running Art28 on the bench workload and times, in the browser, from the action to the
 * table's rows replaced: the first page shown (navigation start to the load event; the first page is in the
 * page's HTML), the next page, a click on the first column's header (the order reverses where
 * the list is sorted by it already) and a text
 * filter on that column (alternating two texts; timed from the filter call, so without PrimeFaces' typing
 * delay). Each repetition opens the list anew, so every action starts from the first page in default order.
 * Prints p50/p95/max per list and action; nothing is asserted (docs/benchmarks.md).
 *
 * <p>Settings (system properties): {@code bench.url} (http://localhost:8298/), {@code bench.pages.runs} (20),
 * {@code bench.pages.warmup} (3).
 */
public final class PageTimes {

    private record Table(String page, String id, String widget, String column, String[] texts) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("processors/list.xhtml", "list:processors", "processors", "name", new String[] {"B.V.", "Ltd"}),
            new Table("agreements/list.xhtml", "list:agreements", "agreements", "reference",
                    new String[] {"DPA-1", "DPA-2"}),
            new Table("engagements/list.xhtml", "list:engagements", "engagements", "description",
                    new String[] {"Recruitment", "Credit"}));

    private PageTimes() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://localhost:8298/"));
        int runs = Integer.getInteger("bench.pages.runs", 20);
        int warmup = Integer.getInteger("bench.pages.warmup", 3);
        Map<String, List<Double>> results = new LinkedHashMap<>();
        try (Browser browser = new Browser(base.toURL(), "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            for (Table table : TABLES) {
                List<Double> first = new ArrayList<>();
                List<Double> next = new ArrayList<>();
                List<Double> sort = new ArrayList<>();
                List<Double> filter = new ArrayList<>();
                for (int i = 0; i < warmup + runs; i++) {
                    double shown = firstPage(browser, table);
                    double nextPage = timed(browser, table, "document.querySelector('" + css(table.id())
                            + " .ui-paginator-next').click();");
                    double sorted = timed(browser, table, "document.getElementById('" + table.id() + ":"
                            + table.column() + "').click();");
                    double filtered = timed(browser, table, "var f = document.getElementById('" + table.id() + ":"
                            + table.column() + ":filter'); f.value = '" + table.texts()[i % 2] + "'; PF('"
                            + table.widget() + "').filter();");
                    if (i >= warmup) {
                        first.add(shown);
                        next.add(nextPage);
                        sort.add(sorted);
                        filter.add(filtered);
                    }
                }
                String rows = String.valueOf(browser.script("return (document.querySelector('" + css(table.id())
                        + " .ui-paginator-current') || {}).textContent;"));
                Workload.log("%s, filtered by '%s': %s", table.widget(), table.texts()[(warmup + runs - 1) % 2], rows);
                results.put(table.widget() + " | first page", first);
                results.put(table.widget() + " | next page", next);
                results.put(table.widget() + " | sort by " + table.column(), sort);
                results.put(table.widget() + " | filter " + table.column(), filter);
            }
        }
        System.out.println();
        System.out.printf("| list | action | p50 ms | p95 ms | max ms | n |%n|---|---|---:|---:|---:|---:|%n");
        results.forEach((name, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf("| %s | %.0f | %.0f | %.0f | %d |%n", name, percentile(sorted, 50),
                    percentile(sorted, 95), sorted.get(sorted.size() - 1), sorted.size());
        });
        System.exit(0);
    }

    /** Navigation start to the load event of the list page, as the browser measured it. */
    private static double firstPage(Browser browser, Table table) {
        browser.open(table.page());
        return ((Number) browser.script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n.loadEventEnd - n.startTime;")).doubleValue();
    }

    /**
     * Runs the action and waits until the table's first row of before is gone from the page and PrimeFaces is
     * idle; the time is the browser's, from just before the action to the mutation that removed that row.
     */
    private static double timed(Browser browser, Table table, String action) {
        browser.script("var body = document.getElementById('" + table.id() + "_data'); var old = body.rows[0];"
                + " window.benchDone = null;"
                + " var start = performance.now();"
                + " var watch = new MutationObserver(function () { if (!old.isConnected) {"
                + "   watch.disconnect(); window.benchDone = performance.now() - start; } });"
                + " watch.observe(body.parentNode, {childList: true, subtree: true});"
                + action);
        long deadline = System.nanoTime() + 20_000_000_000L;
        Object done = null;
        while (done == null && System.nanoTime() < deadline) {
            browser.settle();
            done = browser.script("return window.benchDone;");
        }
        if (done == null) {
            throw new IllegalStateException("the rows of " + table.id() + " were not replaced");
        }
        return ((Number) done).doubleValue();
    }

    private static String css(String id) {
        return "#" + id.replace(":", "\\\\:");
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
