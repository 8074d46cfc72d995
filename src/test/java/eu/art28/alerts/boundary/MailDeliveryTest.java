package eu.art28.alerts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    /** A delivery that counts its runs instead of sending. */
    static final class Counted extends MailDelivery {
        int runs;

        @Override
        public synchronized int sendDue() {
            runs++;
            return 0;
        }
    }

    @Test
    void aBurstOfCommitsWaitsInOneRunAndACommitAfterItStartsGetsAnother() {
        Counted delivery = new Counted();
        List<Runnable> queued = new ArrayList<>();
        for (int commit = 0; commit < 200; commit++) {
            delivery.sendSoon(queued::add);
        }
        assertEquals(1, queued.size(), "one run waits for all two hundred");
        queued.remove(0).run();
        assertEquals(1, delivery.runs);
        delivery.sendSoon(queued::add);
        assertEquals(1, queued.size(), "a commit after the run began sending is sent by a run of its own");
        queued.remove(0).run();
        assertEquals(2, delivery.runs);
    }

    @Test
    void aRunWaitingForTheOneSendingStillCountsAsWaiting() throws Exception {
        Counted delivery = new Counted();
        List<Runnable> queued = new ArrayList<>();
        delivery.sendSoon(queued::add);
        Thread waiter;
        synchronized (delivery) { // a run sending holds the outbox
            waiter = new Thread(queued.remove(0));
            waiter.start();
            while (waiter.getState() != Thread.State.BLOCKED) {
                Thread.onSpinWait();
            }
            for (int commit = 0; commit < 50; commit++) {
                delivery.sendSoon(queued::add);
            }
            assertEquals(0, queued.size(), "no second run while one waits for the outbox");
        }
        waiter.join();
        assertEquals(1, delivery.runs);
    }

    @Test
    void aRunTheExecutorRefusesLeavesTheNextCommitFreeToTryAgain() {
        Counted delivery = new Counted();
        try {
            delivery.sendSoon(task -> {
                throw new java.util.concurrent.RejectedExecutionException("full");
            });
        } catch (java.util.concurrent.RejectedExecutionException expected) {
            // the caller logs it; the outbox is emptied within a minute anyway
        }
        List<Runnable> queued = new ArrayList<>();
        delivery.sendSoon(queued::add);
        assertEquals(1, queued.size());
    }
}
