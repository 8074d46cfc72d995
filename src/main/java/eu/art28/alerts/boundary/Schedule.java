package eu.art28.alerts.boundary;

import java.io.Serializable;
import java.time.LocalDate;
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
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock of every node: the daily scan at {@code ART28_SCAN_TIME} (02:30), the digest at
 * {@code ART28_DIGEST_TIME} (07:00), server time, and the mail outbox every minute. Each node's timers fire;
 * {@link DailyJobs} lets one of them work.
 */
@Startup
@Singleton
public class Schedule {

    private static final Logger LOG = Logger.getLogger(Schedule.class.getName());

    enum Job implements Serializable {
        SCAN, DIGEST, OUTBOX
    }

    @Resource
    TimerService timers;

    @Inject
    DailyJobs jobs;

    @Inject
    MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "art28.scan.time", defaultValue = "02:30")
    String scanTime;

    @Inject
    @ConfigProperty(name = "art28.digest.time", defaultValue = "07:00")
    String digestTime;

    @PostConstruct
    void schedule() {
        daily(Job.SCAN, time("ART28_SCAN_TIME", scanTime, LocalTime.of(2, 30)));
        daily(Job.DIGEST, time("ART28_DIGEST_TIME", digestTime, LocalTime.of(7, 0)));
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("*").second(0),
                new TimerConfig(Job.OUTBOX, false));
    }

    private void daily(Job job, LocalTime at) {
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0),
                new TimerConfig(job, false));
    }

    private static LocalTime time(String name, String value, LocalTime fallback) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(name + " '" + value + "' is not a time such as 02:30; using " + fallback);
            return fallback;
        }
    }

    @Timeout
    void fire(Timer timer) {
        try {
            switch ((Job) timer.getInfo()) {
                case SCAN -> jobs.scan(LocalDate.now());
                case DIGEST -> jobs.digest(LocalDate.now());
                case OUTBOX -> delivery.sendDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Scheduled " + timer.getInfo() + " failed", e);
        }
    }
}
