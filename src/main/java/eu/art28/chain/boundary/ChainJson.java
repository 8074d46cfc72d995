package eu.art28.chain.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.art28.chain.control.Chain;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.LinkStatus;

/** The tree beneath a processor: each node the sub-processor, how it is linked, and what lies beneath it. */
public record ChainJson(long processorId, String processorName, List<NodeJson> subprocessors) {

    public record NodeJson(long linkId, long subprocessorId, String subprocessorName, String service,
            Authorisation authorisation, LinkStatus status, LocalDate startsOn, LocalDate endsOn,
            LocalDate objectionDeadline, boolean flowDown, Set<String> purposes, Set<String> dataCategories,
            Set<String> countries, List<NodeJson> subprocessors) {

        static NodeJson of(Chain.Node node, LocalDate today) {
            var l = node.link();
            return new NodeJson(l.id(), l.subprocessorId(), l.subprocessorName(), l.service(), l.authorisation(),
                    l.statusOn(today), l.startsOn(), l.endsOn(), l.objectionDeadline(), l.flowDown(), l.purposes(),
                    l.dataCategories(), l.countries(), node.children().stream().map(c -> of(c, today)).toList());
        }
    }

    static ChainJson of(long processorId, String processorName, List<Chain.Node> tree) {
        LocalDate today = LocalDate.now();
        return new ChainJson(processorId, processorName, tree.stream().map(n -> NodeJson.of(n, today)).toList());
    }
}
