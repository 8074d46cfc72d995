package eu.art28.incidents.boundary;

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

/**
 * Our 72 hours move faster than the daily scan: every hour (at seven past) the undecided incidents are judged
 * again, so an alert point or the deadline is noticed within the hour. Judging is idempotent (one alert per rule
 * and incident), so a node that runs it at the same time as another finds the work done.
 */
@Startup
@Singleton
public class IncidentClock {

    private static final Logger LOG = Logger.getLogger(IncidentClock.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Incidents incidents;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(7).second(0),
                new TimerConfig("incident clock", false));
    }

    @Timeout
    void tick(Timer timer) {
        try {
            incidents.scanAll("cause.incidentClock");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The hourly judgement of the incidents failed", e);
        }
    }
}
