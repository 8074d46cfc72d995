package eu.art28.audit.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.audit.control.ChangeWords;
import eu.art28.audit.entity.AuditEntry;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NotPermitted;

/**
 * The tags {@code art:history} (a record's history on its page) and {@code art:changes} (one entry's changes, also
 * on audit/list.xhtml): the entries read once per request, however often the table asks for its rows while it is
 * drawn, and each change in the reader's words ({@link ChangeWords}). A history the caller may not read (someone
 * else's account or tokens, {@link AuditTrail#history}) shows no entries.
 */
@Named
@RequestScoped
public class HistoryBacking {

    @Inject
    AuditTrail trail;

    @Inject
    jakarta.enterprise.event.Event<CodeNames> question;

    private final Map<String, List<AuditEntry>> read = new HashMap<>();
    private ChangeWords words;

    public List<AuditEntry> of(String entityType, Object id) {
        if (entityType == null || id == null) {
            return List.of();
        }
        String entityId = String.valueOf(id);
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            // read before an action of this request changed the record: not kept, or the page would show it stale
            return readable(entityType, entityId);
        }
        return read.computeIfAbsent(entityType + "/" + entityId, key -> readable(entityType, entityId));
    }

    private List<AuditEntry> readable(String entityType, String entityId) {
        try {
            return trail.history(entityType, entityId);
        } catch (NotPermitted notTheirs) {
            return List.of();
        }
    }

    public List<ChangeWords.Line> lines(AuditEntry entry) {
        return words().of(entry.getEntityType(), entry.getAction(), entry.changes());
    }

    /** The changes as text, a line per field: the spreadsheet export of the audit trail page. */
    public String text(AuditEntry entry) {
        return words().text(entry.getEntityType(), entry.getAction(), entry.changes());
    }

    private ChangeWords words() {
        if (words == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                    HistoryBacking.class.getClassLoader());
            CodeNames names = CodeNames.asked(question, locale);
            words = new ChangeWords(key -> bundle.containsKey(key) ? bundle.getString(key) : null, locale,
                    trail::entityClass, names::of);
        }
        return words;
    }
}
