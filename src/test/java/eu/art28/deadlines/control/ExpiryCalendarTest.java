package eu.art28.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Subject;

class ExpiryCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Term renewing(LocalDate firstEnd, Integer months, Integer noticeDays) {
        return new Term(AgreementStatus.APPROVED, LocalDate.of(2024, 1, 1), firstEnd, true, months, noticeDays, null,
                null);
    }

    @Test
    void theNoticeDeadlineOfTheTermThatRunsToday() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 31)),
                renewing(LocalDate.of(2027, 3, 2), 12, 30).nextNoticeDeadline(TODAY));
    }

    @Test
    void onceThatDeadlinePassedTheNextTermsDeadline() {
        // the term ends 10 December; notice was due 10 November, so the next chance is a year later
        assertEquals(Optional.of(LocalDate.of(2027, 11, 10)),
                renewing(LocalDate.of(2026, 12, 10), 12, 30).nextNoticeDeadline(TODAY));
    }

    @Test
    void aTermRenewedLongAgoCountsFromItsCurrentEnd() {
        // ends 31 January each year since 2025; 60 days' notice
        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)),
                renewing(LocalDate.of(2025, 1, 31), 12, 60).nextNoticeDeadline(TODAY));
    }

    @Test
    void aNoticePeriodLongerThanATermLooksSeveralTermsAhead() {
        // monthly terms ending the 15th, 45 days' notice: the term to 15 January can still be given notice on
        // 1 December
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)),
                renewing(LocalDate.of(2026, 1, 15), 1, 45).nextNoticeDeadline(TODAY));
    }

    @Test
    void noDeadlineWithoutRenewalOrWithoutEnd() {
        Term fixed = new Term(AgreementStatus.APPROVED, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), false, null,
                30, null, null);
        assertEquals(Optional.empty(), fixed.nextNoticeDeadline(TODAY));
        assertEquals(Optional.empty(), renewing(null, 12, 30).nextNoticeDeadline(TODAY));
    }

    @Test
    void aRenewingAgreementWithoutATermLengthHasNoDeadlineOnceItsOnlyOnePassed() {
        assertEquals(Optional.empty(),
                renewing(LocalDate.of(2026, 12, 10), null, 30).nextNoticeDeadline(TODAY));
    }

    @Test
    void expiriesAreCountedPerMonthWithEveryMonthOfTheSpanPresent() {
        Expiry endsInDecember = new Expiry(Expiry.Kind.TERM_END, Subject.agreement(1), "DPA-1", LocalDate.of(2026, 12, 31));
        Expiry noticeInDecember = new Expiry(Expiry.Kind.NOTICE_DEADLINE, Subject.agreement(2), "DPA-2",
                LocalDate.of(2026, 12, 1));
        Expiry endsInMay = new Expiry(Expiry.Kind.TERM_END, Subject.agreement(3), "DPA-3", LocalDate.of(2027, 5, 25));
        Expiry alsoInMay = new Expiry(Expiry.Kind.TERM_END, Subject.agreement(4), "DPA-4", LocalDate.of(2027, 5, 1));
        Expiry afterTheSpan = new Expiry(Expiry.Kind.TERM_END, Subject.agreement(5), "DPA-5", LocalDate.of(2027, 6, 1));

        Map<YearMonth, Map<Expiry.Kind, Long>> months = ExpiryCalendar.perMonth(
                List.of(endsInMay, endsInDecember, afterTheSpan, noticeInDecember, alsoInMay), TODAY,
                TODAY.plusDays(180));

        assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1),
                YearMonth.of(2027, 2), YearMonth.of(2027, 3), YearMonth.of(2027, 4), YearMonth.of(2027, 5)),
                List.copyOf(months.keySet()));
        assertEquals(Map.of(Expiry.Kind.TERM_END, 0L, Expiry.Kind.NOTICE_DEADLINE, 0L), months.get(YearMonth.of(2026, 11)));
        assertEquals(Map.of(Expiry.Kind.TERM_END, 1L, Expiry.Kind.NOTICE_DEADLINE, 1L), months.get(YearMonth.of(2026, 12)));
        assertEquals(Map.of(Expiry.Kind.TERM_END, 2L, Expiry.Kind.NOTICE_DEADLINE, 0L), months.get(YearMonth.of(2027, 5)));
    }
}
