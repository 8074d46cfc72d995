package eu.art28.chain.control;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import eu.art28.chain.entity.LinkStatus;

/**
 * The sub-processor links as a graph: who uses whom, at any depth. Built from any set of links that is closed
 * downwards from the processors it is asked about (all links, or those reachable from one processor). Every walk
 * keeps the processors on its path, so a cycle in the data (which the registry refuses to create) cannot loop.
 */
public final class Chain {

    public static final Chain NONE = new Chain(List.of());

    /** The links of a path from the top processor down, as "P -> S -> T". */
    public record Path(List<LinkScope> links) {

        public Path {
            links = List.copyOf(links);
        }

        public LinkScope last() {
            return links.get(links.size() - 1);
        }

        public String label() {
            StringBuilder label = new StringBuilder(links.get(0).processorName());
            links.forEach(link -> label.append(" \u2192 ").append(link.subprocessorName()));
            return label.toString();
        }
    }

    /** One node of the tree under a processor: the link that reaches the sub-processor and what lies beneath. */
    public record Node(LinkScope link, List<Node> children) {
    }

    private final Map<Long, List<LinkScope>> outgoing = new HashMap<>();
    private final Set<Long> replaced = new HashSet<>();
    private final Map<Long, List<LinkScope>> replacements = new HashMap<>();

    private Chain(Collection<LinkScope> links) {
        for (LinkScope link : links.stream().sorted(Comparator.comparing(LinkScope::startsOn)
                .thenComparing(LinkScope::id)).toList()) {
            outgoing.computeIfAbsent(link.processorId(), p -> new ArrayList<>()).add(link);
            if (link.replacesLinkId() != null) {
                replaced.add(link.replacesLinkId());
                replacements.computeIfAbsent(link.replacesLinkId(), l -> new ArrayList<>()).add(link);
            }
        }
    }

    public static Chain of(Collection<LinkScope> links) {
        return links.isEmpty() ? NONE : new Chain(links);
    }

    /** Every link the chain was built from. */
    public List<LinkScope> links() {
        return outgoing.values().stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return outgoing.isEmpty();
    }

    /**
     * Whether the link is in use on that day: within its dates, and not yet taken over by a replacement that has
     * started and was not objected to or refused.
     */
    public boolean activeOn(LinkScope link, LocalDate day) {
        if (!link.datedOn(day)) {
            return false;
        }
        return !replaced.contains(link.id()) || replacements.get(link.id()).stream().noneMatch(r -> !r.startsOn()
                .isAfter(day) && r.statusOn(day) != LinkStatus.OBJECTED && r.statusOn(day) != LinkStatus.REFUSED);
    }

    /**
     * Every path down from the processor through links active on that day and accepted by {@code relevant}
     * (an engagement follows only the links that carry its data); a path stops where a processor would repeat.
     */
    public List<Path> paths(long processorId, LocalDate day, Predicate<LinkScope> relevant) {
        List<Path> paths = new ArrayList<>();
        walk(processorId, day, relevant, new ArrayDeque<>(), new LinkedHashSet<>(List.of(processorId)), paths);
        return paths;
    }

    private void walk(long from, LocalDate day, Predicate<LinkScope> relevant, Deque<LinkScope> path,
            Set<Long> onPath, List<Path> paths) {
        for (LinkScope link : outgoing.getOrDefault(from, List.of())) {
            if (!activeOn(link, day) || !relevant.test(link) || onPath.contains(link.subprocessorId())) {
                continue;
            }
            path.addLast(link);
            onPath.add(link.subprocessorId());
            paths.add(new Path(new ArrayList<>(path)));
            walk(link.subprocessorId(), day, relevant, path, onPath, paths);
            onPath.remove(link.subprocessorId());
            path.removeLast();
        }
    }

    /**
     * The tree of every link under the processor that has not ended before {@code day} (current, future and
     * pending ones), whatever their authorisation: what the chain page and {@code /chain} show.
     */
    public List<Node> tree(long processorId, LocalDate day) {
        return tree(processorId, day, new HashSet<>(Set.of(processorId)));
    }

    private List<Node> tree(long from, LocalDate day, Set<Long> onPath) {
        List<Node> nodes = new ArrayList<>();
        for (LinkScope link : outgoing.getOrDefault(from, List.of())) {
            if (link.endsOn() != null && link.endsOn().isBefore(day) || onPath.contains(link.subprocessorId())) {
                continue;
            }
            onPath.add(link.subprocessorId());
            nodes.add(new Node(link, tree(link.subprocessorId(), day, onPath)));
            onPath.remove(link.subprocessorId());
        }
        return nodes;
    }

    /** Whether a link from {@code processor} to {@code subprocessor} would close a circle. */
    public boolean wouldCycle(long processor, long subprocessor) {
        return processor == subprocessor || reaches(subprocessor, processor);
    }

    private boolean reaches(long from, long target) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == target) {
                return true;
            }
            if (seen.add(next)) {
                outgoing.getOrDefault(next, List.of()).forEach(link -> todo.push(link.subprocessorId()));
            }
        }
        return false;
    }

    /** The processors above this one, at any depth: whose engagements may reach it. */
    public Set<Long> upstream(long processorId) {
        Map<Long, List<Long>> incoming = new HashMap<>();
        outgoing.values().forEach(links -> links.forEach(link -> incoming
                .computeIfAbsent(link.subprocessorId(), s -> new ArrayList<>()).add(link.processorId())));
        Set<Long> above = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(incoming.getOrDefault(processorId, List.of()));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next != processorId && above.add(next)) {
                todo.addAll(incoming.getOrDefault(next, List.of()));
            }
        }
        return above;
    }
}
