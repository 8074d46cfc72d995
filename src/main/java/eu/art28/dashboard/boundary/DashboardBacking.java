package eu.art28.dashboard.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

import eu.art28.accounts.boundary.LanguageBacking;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.deadlines.boundary.Expiring;
import eu.art28.deadlines.control.Expiry;
import eu.art28.deadlines.control.ExpiryCalendar;
import eu.art28.incidents.boundary.Incidents;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;
import eu.art28.requests.boundary.ProcessorRequests;
import eu.art28.requests.entity.Request;

/**
 * alerts/dashboard.xhtml, the page after login: open alerts by type and severity, what runs out in the coming
 * months, the active processors by risk tier and coverage, and the caller's own queue. Every figure leads to the
 * list it counts, filtered alike: by a click on the chart, and by a link in the table beside it for keyboards and
 * screen readers.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    static final int HORIZON_DAYS = 180;
    static final int QUEUE_LINES = 10;
    /** Enough of a breach's description to tell it from another on the dashboard. */
    static final int BREACH_TEXT = 80;

    /** The severity colours of the alert badges (art28.css). */
    private static final Map<Severity, String> SEVERITY_COLOURS = new EnumMap<>(Map.of(
            Severity.LOW, "#7f8c8d", Severity.MEDIUM, "#d68910", Severity.HIGH, "#c0392b"));
    private static final Map<Expiry.Kind, String> KIND_COLOURS = new EnumMap<>(Map.of(
            Expiry.Kind.TERM_END, "#1f4e79", Expiry.Kind.NOTICE_DEADLINE, "#5b9bd5"));

    @Inject
    Dashboard dashboard;

    @Inject
    Expiring expiring;

    @Inject
    LanguageBacking language;

    @Inject
    Incidents incidents;

    @Inject
    ProcessorRequests requests;

    /** A number on the page and the filtered list it counts. */
    public record Cell(long count, String link) implements Serializable {
    }

    public record Row(String name, List<Cell> cells, Cell total) implements Serializable {

        /** The cells and, last, the total: a row of a table of figures. */
        public List<Cell> withTotal() {
            List<Cell> all = new ArrayList<>(cells);
            all.add(total);
            return all;
        }
    }

    public record ExpiryLine(Expiry expiry, String kind, String link) implements Serializable {
    }

    public record Line(String label, String note, LocalDate on, String link) implements Serializable {
    }

    /** One part of the caller's queue: its first lines, how many there are, and where to see them all. */
    public record Queue(String title, long total, List<Line> lines, String all) implements Serializable {
    }

    /**
     * A breach awaiting our decision: who and what, our 72 hours in words, urgent once its alert is up (or the hours
     * passed).
     */
    public record Breach(String label, String countdown, boolean urgent, String link) implements Serializable {
    }

    private LocalDate today;
    private List<Row> alertRows;
    private String alertChart;
    private List<ExpiryLine> expiries;
    private TimelineModel<ExpiryLine, String> timeline;
    private List<String> months;
    private List<Row> monthRows;
    private String monthChart;
    private List<Row> processorRows;
    private List<Queue> queues;
    private Page<Breach> breaches;

    @PostConstruct
    void load() {
        today = LocalDate.now();
        Locale locale = language.getLocale();
        loadAlerts(locale);
        loadExpiries(locale);
        loadProcessors(locale);
        loadQueues(locale);
        loadBreaches(locale);
    }

    /** Everyone sees them: the 72 hours are the controller's, whoever takes the decision. */
    private void loadBreaches(Locale locale) {
        breaches = incidents.undecided(QUEUE_LINES).map(j -> new Breach(
                Messages.text(locale, "dashboard.breaches.line", j.processorName(), Text.clipped(
                        j.incident().getDescription(), BREACH_TEXT)),
                j.countdown(locale), j.stage().alerts(), ListLinks.incident(j.incident().getId())));
    }

    private void loadAlerts(Locale locale) {
        Map<Rule, Map<Severity, Long>> counts = new EnumMap<>(Rule.class);
        for (Dashboard.AlertCount count : dashboard.unresolvedAlerts()) {
            counts.computeIfAbsent(count.rule(), r -> zeros(Severity.class)).put(count.severity(), count.count());
        }
        // the most frequent type on top; equal ones in the rules' own order
        List<Rule> alertRules = counts.keySet().stream().sorted(Comparator.comparing(
                (Rule r) -> -total(counts.get(r))).thenComparing(Rule::ordinal)).toList();
        alertRows = alertRules.stream().map(rule -> new Row(ruleName(locale, rule),
                Arrays.stream(Severity.values()).map(s -> new Cell(counts.get(rule).get(s),
                        ListLinks.alerts(rule, s, AlertStatus.UNRESOLVED, null))).toList(),
                new Cell(total(counts.get(rule)), ListLinks.alerts(rule, null, AlertStatus.UNRESOLVED, null))))
                .toList();
        // the chart draws the table: a bar per row, a part per severity column
        alertChart = StackedBars.json(alertRows.stream().map(Row::name).toList(),
                Arrays.stream(Severity.values()).map(s -> new StackedBars.Series(
                        Messages.text(locale, "Severity." + s), SEVERITY_COLOURS.get(s),
                        alertRows.stream().map(row -> row.cells().get(s.ordinal()).count()).toList())).toList(), true);
    }

    private void loadExpiries(Locale locale) {
        LocalDate until = today.plusDays(HORIZON_DAYS);
        List<Expiry> all = expiring.between(today, until);
        expiries = all.stream().map(e -> new ExpiryLine(e, kindName(locale, e.kind()),
                ListLinks.alertsAbout(e.subject()))).toList();
        timeline = new TimelineModel<>();
        for (ExpiryLine line : expiries) {
            timeline.add(TimelineEvent.<ExpiryLine>builder().data(line).startDate(line.expiry().on())
                    .title(line.kind()).styleClass("expiry-" + line.expiry().kind()).build());
        }
        Map<YearMonth, Map<Expiry.Kind, Long>> perMonth = ExpiryCalendar.perMonth(all, today, until);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        months = perMonth.keySet().stream().map(monthName::format).toList();
        monthRows = Arrays.stream(Expiry.Kind.values()).map(kind -> {
            String link = ListLinks.alerts(kind.rule(), null, AlertStatus.UNRESOLVED, null);
            List<Cell> cells = perMonth.values().stream().map(m -> new Cell(m.get(kind), link)).toList();
            return new Row(kindName(locale, kind), cells,
                    new Cell(cells.stream().mapToLong(Cell::count).sum(), link));
        }).toList();
        // the chart draws the table turned a quarter: a bar per month column, a part per row
        monthChart = StackedBars.json(months, Arrays.stream(Expiry.Kind.values()).map(kind -> new StackedBars.Series(
                monthRows.get(kind.ordinal()).name(), KIND_COLOURS.get(kind),
                monthRows.get(kind.ordinal()).cells().stream().map(Cell::count).toList())).toList(), false);
    }

    private void loadProcessors(Locale locale) {
        Map<RiskTier, Map<CoverageStatus, Long>> counts = new EnumMap<>(RiskTier.class);
        for (RiskTier tier : RiskTier.values()) {
            counts.put(tier, zeros(CoverageStatus.class));
        }
        dashboard.activeProcessors(today).forEach(c -> counts.get(c.riskTier()).put(c.coverage(), c.count()));
        // the riskiest tier first
        processorRows = Arrays.stream(RiskTier.values()).sorted(Comparator.reverseOrder())
                .map(tier -> new Row(Messages.text(locale, "RiskTier." + tier),
                        Arrays.stream(CoverageStatus.values()).map(c -> new Cell(counts.get(tier).get(c),
                                ListLinks.processors(tier, c, ProcessorStatus.ACTIVE))).toList(),
                        new Cell(total(counts.get(tier)), ListLinks.processors(tier, null, ProcessorStatus.ACTIVE))))
                .toList();
    }

    private void loadQueues(Locale locale) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String caller = external.getRemoteUser();
        queues = new ArrayList<>();
        // my work first: what waits for my decision, then what was given to me, then what waits for my role
        if (external.isUserInRole(Role.Names.LEGAL)) {
            queues.add(queue(locale, "dashboard.queue.review", dashboard.awaitingReview(caller, QUEUE_LINES),
                    a -> agreementLine(a, a.getSubmittedAt()), "/agreements/review.xhtml"));
        }
        Page<Alert> assigned = dashboard.assignedTo(caller, QUEUE_LINES);
        if (assigned.total() > 0 || external.isUserInRole(Role.Names.LEGAL)
                || external.isUserInRole(Role.Names.MANAGER)) {
            queues.add(queue(locale, "dashboard.queue.assigned", assigned, alert -> new Line(
                    ruleName(locale, alert.getRule()), alert.getSubjectLabel(), alert.getDueOn(), "/" + alert.getPage()),
                    ListLinks.assignedTo(caller)));
        }
        if (external.isUserInRole(Role.Names.LEGAL)) {
            queues.add(queue(locale, "dashboard.queue.notices", dashboard.undecidedNotices(caller, QUEUE_LINES),
                    link -> new Line(link.getSubprocessor().getName(), Messages.text(locale,
                            "dashboard.queue.noticeOf", link.getProcessor().getName(), link.getService()),
                            link.getObjectionDeadline(), ListLinks.processor(link.getProcessor().getId())), null));
        }
        if (external.isUserInRole(Role.Names.MANAGER)) {
            queues.add(queue(locale, "dashboard.queue.unacknowledged", dashboard.unacknowledged(QUEUE_LINES),
                    alert -> alertLine(locale, alert), ListLinks.alerts(null, null, List.of(AlertStatus.OPEN), null)));
        }
        if (external.isUserInRole(Role.Names.PROCUREMENT) || external.isUserInRole(Role.Names.LEGAL)
                || external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.AUDITOR)) {
            // those who ask processors follow what they asked, soonest due first, in the state it is in today; the
            // auditor reads it as all else
            queues.add(queue(locale, "dashboard.queue.requests", requests.open(today, QUEUE_LINES),
                    r -> requestLine(locale, r), null));
        }
        if (external.isUserInRole(Role.Names.PROCUREMENT)) {
            queues.add(queue(locale, "dashboard.queue.drafts", dashboard.draftsOf(caller, QUEUE_LINES),
                    a -> agreementLine(a, a.getUpdatedAt()), ListLinks.agreements(AgreementStatus.DRAFT)));
            queues.add(queue(locale, "dashboard.queue.rejected", dashboard.rejected(QUEUE_LINES),
                    a -> agreementLine(a, a.getDecidedAt()), ListLinks.agreements(AgreementStatus.REJECTED)));
        }
    }

    private static <T> Queue queue(Locale locale, String title, Page<T> page, Function<T, Line> line, String all) {
        return new Queue(Messages.text(locale, title), page.total(), page.items().stream().map(line).toList(), all);
    }

    /** An agreement in a queue, with the day that matters there (submitted, changed, rejected). */
    private static Line agreementLine(Agreement a, Instant on) {
        return new Line(Agreement.reference(a.getReference(), a.getRevision()), a.getProcessor().getName(), day(on),
                ListLinks.agreement(a.getId()));
    }

    /** A request: the processor, what was asked of which contact, its state today in words, its due day. */
    private Line requestLine(Locale locale, Request request) {
        return new Line(request.getProcessor().getName(), Messages.text(locale, "dashboard.queue.requestLine",
                Messages.word(locale, request.getKind()), request.getContactName(),
                Messages.word(locale, request.stateOn(today))), request.getDueOn(),
                ListLinks.processorRequests(request.getProcessor().getId()));
    }

    private static Line alertLine(Locale locale, Alert alert) {
        return new Line(ruleName(locale, alert.getRule()), alert.getSubjectLabel(), day(alert.getOpenedAt()),
                ListLinks.alertsAbout(alert.getSubject()));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneId.systemDefault()).toLocalDate();
    }

    // ---- the clicks on the charts, each to the same list its table links to ----

    /** A part of an alert type's bar: the data set is the severity, the item the type. */
    public void alertBarSelected(ItemSelectEvent event) {
        redirect(alertRows.get(event.getItemIndex()).cells().get(event.getDataSetIndex()).link());
    }

    /** A month's bar: the data set is the kind of expiry, which names the alerts that warn of it. */
    public void monthBarSelected(ItemSelectEvent event) {
        redirect(monthRows.get(event.getDataSetIndex()).cells().get(event.getItemIndex()).link());
    }

    private static void redirect(String link) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ruleName(Locale locale, Rule rule) {
        return Messages.text(locale, "Rule." + rule);
    }

    private static String kindName(Locale locale, Expiry.Kind kind) {
        return Messages.text(locale, "dashboard.expiry." + kind);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(e -> counts.put(e, 0L));
        return counts;
    }

    private static long total(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Row> getAlertRows() {
        return alertRows;
    }

    public String getAlertChart() {
        return alertChart;
    }

    /** Tall enough for each type's bar to take a click, whatever the number of types. */
    public int getAlertChartHeight() {
        return 80 + 32 * alertRows.size();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public List<ExpiryLine> getExpiries() {
        return expiries;
    }

    public TimelineModel<ExpiryLine, String> getTimeline() {
        return timeline;
    }

    /** The timeline's span: from today to the horizon. */
    public LocalDateTime getTimelineStart() {
        return today.atStartOfDay();
    }

    public LocalDateTime getTimelineEnd() {
        return today.plusDays(HORIZON_DAYS + 1).atStartOfDay();
    }

    public int getHorizonDays() {
        return HORIZON_DAYS;
    }

    public List<String> getMonths() {
        return months;
    }

    public List<Row> getMonthRows() {
        return monthRows;
    }

    public String getMonthChart() {
        return monthChart;
    }

    public List<Row> getProcessorRows() {
        return processorRows;
    }

    public CoverageStatus[] getCoverages() {
        return CoverageStatus.values();
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public Page<Breach> getBreaches() {
        return breaches;
    }
}
