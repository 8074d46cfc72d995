package eu.art28.deadlines.control;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.deadlines.control.ExpiryPolicy.AgreementDates;
import eu.art28.deadlines.control.ExpiryPolicy.ReviewDates;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Sql;

/**
 * Reads what the expiry policy judges, set-based over JDBC like the coverage scopes: approved agreements and
 * review dates of active processors only, so offboarded processors, and terminated, superseded or unapproved
 * agreements, never raise a deadline.
 */
@ApplicationScoped
public class DueDates {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** The approved agreements of these active processors (all when null). */
    public List<AgreementDates> agreements(Collection<Long> processorIds) {
        String where = processorIds == null ? "" : " and a.processor_id in (" + Sql.placeholders(processorIds) + ")";
        List<AgreementDates> agreements = new ArrayList<>();
        Sql.eachRow(dataSource, "select a.id, a.processor_id, a.reference,"
                + " a.revision, p.name, a.effective_from, a.expires_on, a.tacit_renewal, a.renewal_term_months,"
                + " a.notice_period_days from agreement a join processor p on p.id = a.processor_id"
                + " where a.status = 'APPROVED' and p.status = 'ACTIVE'" + where, processorIds, rows -> {
            Term term = new Term(AgreementStatus.APPROVED, Sql.date(rows, 6), Sql.date(rows, 7), rows.getBoolean(8),
                    Sql.integer(rows, 9), Sql.integer(rows, 10), null, null);
            agreements.add(new AgreementDates(rows.getLong(1), rows.getLong(2), rows.getString(3) + " r"
                    + rows.getInt(4) + " (" + rows.getString(5) + ")", term));
        }, "Could not read the agreements' dates");
        return agreements;
    }

    /**
     * When each active processor's guarantees are next due for review: the next date of its latest review, or the
     * day it was registered if it was never reviewed (Art. 28(1) asks for the judgement before the processing).
     */
    public List<ReviewDates> reviews(Collection<Long> processorIds) {
        String where = processorIds == null ? "" : " and p.id in (" + Sql.placeholders(processorIds) + ")";
        List<ReviewDates> reviews = new ArrayList<>();
        Sql.eachRow(dataSource, "select p.id, p.name, p.created_at,"
                + " (select r.next_review_on from processor_review r where r.processor_id = p.id"
                + " order by r.reviewed_on desc, r.id desc limit 1) from processor p"
                + " where p.status = 'ACTIVE'" + where, processorIds, rows -> {
            LocalDate next = Sql.date(rows, 4);
            Timestamp registered = rows.getTimestamp(3);
            reviews.add(new ReviewDates(rows.getLong(1), rows.getString(2),
                    next != null ? next : registered.toLocalDateTime().toLocalDate()));
        }, "Could not read the review dates");
        return reviews;
    }
}
