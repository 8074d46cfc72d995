package eu.art28.chain.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.primefaces.PrimeFaces;

import eu.art28.platform.entity.Role;
import eu.art28.chain.entity.Decision;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;

/**
 * Legal's decision on a link as the chain page and the notices page take it, in the one dialog both include
 * (/WEB-INF/includes/chain-decision.xhtml): the link and decision chosen in a row, and the approval's reference or
 * the reason. The link and the facade judge whether the decision may be taken; this carries it there and puts the
 * answer on the page. Lives as long as the page's bean that holds it.
 */
@Dependent
public class LinkDecisions implements Serializable {

    static final String DIALOG = "decisionDialog";
    static final String FORM = "decisionForm";

    /** What was chosen in a row: enough to decide against the version that was shown. */
    public record Chosen(long processorId, long linkId, long version, String subprocessorName, Decision decision)
            implements Serializable {
    }

    @Inject
    Subprocessors subprocessors;

    private Chosen chosen;
    private String text;

    /**
     * Whether the row offers this decision: to legal, on someone else's registration, while it is still open
     * (an objection only to a pending notice, an approval or refusal only to a request).
     */
    public boolean offers(SubprocessorLink link, Decision decision) {
        if (!isLegal() || subprocessors.caller().equals(link.getRegisteredBy())) {
            return false;
        }
        LinkStatus status = link.statusOn(LocalDate.now());
        return decision == Decision.OBJECTED ? status == LinkStatus.PENDING : status == LinkStatus.REQUESTED;
    }

    public void choose(SubprocessorLink link, Decision decision) {
        requireLegal();
        chosen = new Chosen(link.getProcessor().getId(), link.getId(), link.getVersion(),
                link.getSubprocessor().getName(), decision);
        text = null;
    }

    /**
     * Takes the chosen decision. The page reads its rows again afterwards whatever came of it: a refusal because
     * someone else decided first is best understood next to what they decided.
     */
    public void take() {
        if (chosen == null) {
            return;
        }
        try {
            PageMessages.attempt(FORM, () -> {
                long p = chosen.processorId();
                long l = chosen.linkId();
                long v = chosen.version();
                SubprocessorLink decided = switch (chosen.decision()) {
                    case APPROVED -> inDialog(() -> subprocessors.approve(p, l, v, text));
                    case REFUSED -> subprocessors.refuse(p, l, v, text);
                    case OBJECTED -> subprocessors.object(p, l, v, text);
                };
                PageMessages.info("chain.decided." + decided.getDecision(), decided.getSubprocessor().getName());
                PrimeFaces.current().executeScript("PF('" + DIALOG + "').hide()");
                chosen = null;
                text = null;
                return null;
            });
        } catch (NoSuchRecord e) {
            PageMessages.error(null, "chain.link.gone", chosen.subprocessorName());
        }
    }

    /** The dialog has one text input, "reason", which holds the approval's reference too: its message goes there. */
    private static SubprocessorLink inDialog(Supplier<SubprocessorLink> decision) {
        try {
            return decision.get();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new InvalidInput.Violation("reason", v.messageKey(), v.arguments())).toList());
        }
    }

    private static boolean isLegal() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.LEGAL);
    }

    private static void requireLegal() {
        if (!isLegal()) {
            throw new SecurityException("only legal decides on sub-processors");
        }
    }

    public Chosen getChosen() {
        return chosen;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
