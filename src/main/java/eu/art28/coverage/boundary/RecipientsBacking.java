package eu.art28.coverage.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.coverage.control.Recipients;
import eu.art28.platform.boundary.PageMessages;

/**
 * chain/recipients.xhtml: who processes the data of a purpose or a data category, down the whole chain, to
 * answer a data subject or the supervisory authority. The page sits with the chain's pages, where people look for
 * it; the bean sits here because the question starts from the engagements, which the chain does not know
 * (docs/decisions.md).
 */
@Named
@ViewScoped
public class RecipientsBacking implements Serializable {

    @Inject
    Recipients recipients;

    private String purpose;
    private String dataCategory;
    private List<Recipients.Recipient> rows;

    public void show() {
        if (purpose == null && dataCategory == null) {
            rows = null;
            PageMessages.error(null, "chain.recipients.choose");
            return;
        }
        rows = recipients.of(purpose, dataCategory, LocalDate.now());
    }

    public boolean isAnswered() {
        return rows != null;
    }

    public List<Recipients.Recipient> getRows() {
        return rows;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getDataCategory() {
        return dataCategory;
    }

    public void setDataCategory(String dataCategory) {
        this.dataCategory = dataCategory;
    }
}
