package eu.art28.deletion.control;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long the catalogue keeps the data of one purpose of what ended: a processor that must keep data longer by law
 * (bookkeeping: seven years) cannot delete it all at the end, and legal needs to see that next to the deadline.
 */
public record Retention(String purpose, Period period) {

    /** The last day the data of this purpose is kept, counted from the end of the processing. */
    public LocalDate keptUntil(LocalDate endedOn) {
        return endedOn.plus(period);
    }
}
