package eu.art28.chain.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;

import eu.art28.platform.entity.Role;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.processors.entity.Processor;

/**
 * chain/view.xhtml: a processor's sub-processors at every depth as a diagram, and its own links in a table with
 * what the user's role may do to them. Both are read again after every change, so that the diagram shows what
 * a decision did further down.
 */
@Named
@ViewScoped
public class ViewChainBacking implements Serializable {

    /** The diagram's node types: the processor at the top, a link to a sub-processor beneath. */
    static final String PROCESSOR = "processor";
    static final String LINK = "link";

    static final String FORM = "links";

    @Inject
    Subprocessors subprocessors;

    @Inject
    LinkDecisions decisions;

    private Long processorId;
    private Processor processor;
    private OrganigramNode diagram;
    private List<SubprocessorLink> links;

    public void load() {
        processor = subprocessors.processor(processorId, "processor");
        refresh();
    }

    private void refresh() {
        links = subprocessors.of(processorId);
        diagram = new DefaultOrganigramNode(PROCESSOR, processor.getName(), null);
        diagram.setExpanded(true);
        add(diagram, subprocessors.tree(processorId), LocalDate.now());
    }

    /** Each node's data is its link with the status of today, which colours it and names it on the node. */
    private static void add(OrganigramNode parent, List<Chain.Node> nodes, LocalDate today) {
        for (Chain.Node node : nodes) {
            OrganigramNode child = new DefaultOrganigramNode(LINK, new Box(node.link(), today), parent);
            child.setExpanded(true);
            add(child, node.children(), today);
        }
    }

    /** One sub-processor in the diagram, as its link stands today. */
    public record Box(LinkScope link, LocalDate today) implements Serializable {

        public String status() {
            return link.statusOn(today).name();
        }

        /** The deadline matters only while legal can still object. */
        public LocalDate openDeadline() {
            return link.statusOn(today).open() ? link.objectionDeadline() : null;
        }
    }

    public LinkStatus status(SubprocessorLink link) {
        return link.statusOn(LocalDate.now());
    }

    /** Country codes in a stable order, whichever set they come in. */
    private static String joined(Collection<String> countries) {
        return String.join(", ", new TreeSet<>(countries));
    }

    public boolean may(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public boolean isMayEdit() {
        return may(Role.Names.PROCUREMENT) || may(Role.Names.LEGAL);
    }

    /** An offboarded processor takes on no new sub-processors; its links may still be ended. */
    public boolean isMayRegister() {
        return isMayEdit() && !processor.isOffboarded();
    }

    public boolean isMayRemove() {
        return may(Role.Names.PROCUREMENT) || may(Role.Names.ADMIN);
    }

    public void decide() {
        decisions.take();
        refresh();
    }

    /** Removes a link registered in error, after the confirmation dialog. */
    public void remove(SubprocessorLink link) {
        try {
            PageMessages.attempt(FORM, () -> {
                subprocessors.remove(processorId, link.getId(), link.getVersion());
                PageMessages.info("chain.view.removed", link.getSubprocessor().getName());
                return null;
            });
        } catch (NoSuchRecord e) {
            PageMessages.error(null, "chain.link.gone", link.getSubprocessor().getName());
        }
        refresh();
    }

    public LinkDecisions getDecisions() {
        return decisions;
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public Processor getProcessor() {
        return processor;
    }

    public OrganigramNode getDiagram() {
        return diagram;
    }

    public List<SubprocessorLink> getLinks() {
        return links;
    }
}
