package eu.art28.coverage.boundary;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Judges every engagement once a day, at {@code ART28_SCAN_TIME} (default 02:30, server time), which also
 * catches agreements that expired overnight: nothing changed in the database, only the date did.
 */
@Startup
@Singleton
public class DailyScan {

    private static final Logger LOG = Logger.getLogger(DailyScan.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Coverage coverage;

    @Inject
    @ConfigProperty(name = "art28.scan.time", defaultValue = "02:30")
    String time;

    @PostConstruct
    void schedule() {
        LocalTime at;
        try {
            at = LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            LOG.warning("ART28_SCAN_TIME '" + time + "' is not a time such as 02:30; scanning at 02:30");
            at = LocalTime.of(2, 30);
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0),
                new TimerConfig("daily coverage scan", false));
    }

    @Timeout
    void scan() {
        try {
            coverage.scan("daily scan");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily coverage scan failed; it runs again tomorrow", e);
        }
    }
}
