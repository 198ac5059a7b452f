package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/**
 * The heartbeat's decisions, turn by turn on a clock of the test's own: a connection that carries
 * anything needs no "still here" besides, and a quiet one needs one each interval, answered.
 */
class ChannelHeartbeatTest {
    private static final Duration EVERY = Duration.ofSeconds(2);

    /** Records what the heartbeat sends; like the channel, tells the heartbeat of each message sent. */
    private static final class Outlet implements ChannelHeartbeat.Outlet {
        final List<SessionMessage> sent = new ArrayList<>();
        ChannelHeartbeat heartbeat;
        long lastReceived;

        @Override
        public void send(SessionMessage message) {
            sent.add(message);
            heartbeat.sent();
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public long lastReceived() {
            return lastReceived;
        }

        List<SessionMessage> takeSent() {
            List<SessionMessage> taken = List.copyOf(sent);
            sent.clear();
            return taken;
        }
    }

    private long now;
    private final Outlet outlet = new Outlet();
    private final ChannelHeartbeat heartbeat = new ChannelHeartbeat(outlet, EVERY, () -> now);

    {
        outlet.heartbeat = heartbeat;
    }

    private void at(Duration time) {
        now = time.toNanos();
    }

    private void tickAt(Duration time) {
        at(time);
        heartbeat.tick();
    }

    @Test
    void aQuietChannelSaysStillHereOnceAnIntervalNotAtEveryTurnOfTheTimer() {
        tickAt(EVERY);
        assertEquals(List.of(new ControlMessage.Heartbeat(1, false)), outlet.takeSent());

        tickAt(EVERY.plus(EVERY.dividedBy(4)));
        assertEquals(List.of(), outlet.takeSent(), "a heartbeat went out a quarter interval after the last");

        tickAt(EVERY.multipliedBy(2));
        assertEquals(List.of(new ControlMessage.Heartbeat(2, false)), outlet.takeSent());
    }

    @Test
    void aChannelThatSentAnythingWithinTheIntervalSendsNoHeartbeat() {
        at(Duration.ofMillis(1_500));
        heartbeat.sent(); // a screen update, a key, a credit: the other side hears that we are here

        tickAt(EVERY);
        assertEquals(List.of(), outlet.takeSent());

        tickAt(Duration.ofMillis(3_500));
        assertEquals(List.of(new ControlMessage.Heartbeat(1, false)), outlet.takeSent());
    }

    @Test
    void answeringTheOtherSidesHeartbeatIsSayingSomething() {
        at(Duration.ofMillis(1_900));
        heartbeat.answer(new ControlMessage.Heartbeat(7, false));
        assertEquals(List.of(new ControlMessage.Heartbeat(7, true)), outlet.takeSent());

        tickAt(EVERY);
        assertEquals(List.of(), outlet.takeSent(), "both sides said 'still here' in one interval");
    }

    @Test
    void theSideThatOnlyAnswersStillTimesTheRoundTripNowAndThen() {
        List<SessionMessage> ours = new ArrayList<>();
        for (long millis = 250; millis <= 5 * EVERY.toMillis() + 250 && ours.isEmpty(); millis += 250) {
            at(Duration.ofMillis(millis));
            if (millis % EVERY.toMillis() == 0) {
                heartbeat.answer(new ControlMessage.Heartbeat(millis, false)); // the other side's, each interval
                outlet.takeSent();
            }
            tickAt(Duration.ofMillis(millis));
            ours.addAll(outlet.takeSent());
        }
        assertEquals(List.of(new ControlMessage.Heartbeat(1, false)), ours);

        at(Duration.ofNanos(now).plusMillis(40));
        heartbeat.answer(new ControlMessage.Heartbeat(1, true));
        assertEquals(Duration.ofMillis(40), heartbeat.roundTrip().orElseThrow());
    }

    @Test
    void theAcknowledgementGoesOncePerIntervalAndStandsForAHeartbeat() {
        outlet.lastReceived = 3;
        tickAt(EVERY);
        assertEquals(List.of(new ControlMessage.Acknowledged(3)), outlet.takeSent());

        outlet.lastReceived = 5;
        tickAt(EVERY.plus(EVERY.dividedBy(4)));
        assertEquals(List.of(), outlet.takeSent(), "an acknowledgement went out a quarter interval after the last");

        tickAt(EVERY.multipliedBy(2));
        assertEquals(List.of(new ControlMessage.Acknowledged(5)), outlet.takeSent());
    }

    @Test
    void aQuietChannelsTimerSleepsUntilTheNextHeartbeatIsDueNotATurnAtATime() {
        at(EVERY);
        assertEquals(EVERY, heartbeat.tick(), "after a heartbeat the timer waited less than an interval");
        assertEquals(List.of(new ControlMessage.Heartbeat(1, false)), outlet.takeSent());

        at(EVERY.plusMillis(500));
        heartbeat.sent(); // a screen update: the next heartbeat is due an interval after it
        at(EVERY.plusMillis(900));
        assertEquals(EVERY.minusMillis(400), heartbeat.tick());
        assertEquals(List.of(), outlet.takeSent());
    }

    @Test
    void theSideThatAnsweredLeavesTheNextHeartbeatToTheSideThatAsked() {
        at(EVERY);
        heartbeat.answer(new ControlMessage.Heartbeat(9, false)); // the other side's, due again an interval on
        outlet.takeSent();
        at(EVERY.multipliedBy(2).plusMillis(1));
        assertEquals(EVERY.dividedBy(ChannelHeartbeat.TURNS).minusMillis(1), heartbeat.tick());
        assertEquals(List.of(), outlet.takeSent(), "both sides said 'still here' at the same moment");

        at(EVERY.multipliedBy(2).plus(EVERY.dividedBy(ChannelHeartbeat.TURNS)));
        heartbeat.tick();
        assertEquals(List.of(new ControlMessage.Heartbeat(1, false)), outlet.takeSent(),
                "the other side's heartbeat did not come, and this side said nothing");
    }

    @Test
    void anUnacknowledgedMessageWakesTheTimerWhenItsAcknowledgementIsDue() {
        outlet.lastReceived = 3;
        at(EVERY);
        heartbeat.tick();
        assertEquals(List.of(new ControlMessage.Acknowledged(3)), outlet.takeSent());

        outlet.lastReceived = 5;
        at(EVERY.plusMillis(100));
        heartbeat.sent(); // the channel goes on sending, so no heartbeat is due before the acknowledgement
        at(EVERY.plusMillis(500));
        assertEquals(Duration.ofMillis(1_500), heartbeat.tick(), "the acknowledgement of 5 waited past its turn");
    }

    @Test
    void theSideThatOnlyAnswersWakesWhenItIsTimeToTimeTheRoundTrip() {
        for (long millis : new long[] {1_900, 3_900, 5_900, 7_900, 9_400}) {
            at(Duration.ofMillis(millis));
            heartbeat.answer(new ControlMessage.Heartbeat(millis, false));
        }
        outlet.takeSent();
        at(Duration.ofMillis(9_500));
        assertEquals(Duration.ofMillis(500), heartbeat.tick(), "the timed heartbeat at 10 s was not waited for");
    }

    @Test
    void aTimerThatCouldNotSayAnythingTriesAgainATurnLaterNotAtOnce() {
        at(EVERY.multipliedBy(3));
        ChannelHeartbeat failing = new ChannelHeartbeat(new ChannelHeartbeat.Outlet() {
            @Override
            public void send(SessionMessage message) throws java.io.IOException {
                throw new java.io.IOException("pipe closed");
            }

            @Override
            public boolean isSuspended() {
                return false;
            }

            @Override
            public long lastReceived() {
                return 0;
            }
        }, EVERY, () -> now);
        at(EVERY.multipliedBy(5));
        assertEquals(EVERY.dividedBy(ChannelHeartbeat.TURNS), failing.tick());
    }

    @Test
    void theSilenceWatchWakesWhenTheSilenceLimitWouldBeReached() {
        Duration limit = Duration.ofSeconds(5);
        at(Duration.ofSeconds(3));
        heartbeat.heard();
        at(Duration.ofSeconds(4));
        assertEquals(Duration.ofSeconds(4).plusNanos(1), heartbeat.untilSilent(limit));
        at(Duration.ofMillis(7_900));
        assertEquals(Duration.ofMillis(100).plusNanos(1), heartbeat.untilSilent(limit), "silence would be noticed late");
        at(Duration.ofSeconds(9)); // silent, and the channel waits to be resumed: no hurry, but no spinning either
        assertEquals(EVERY.dividedBy(ChannelHeartbeat.TURNS), heartbeat.untilSilent(limit));
    }

    @Test
    void aWatchThatFailsOnceGoesOnWatching() throws Exception {
        java.util.concurrent.CountDownLatch again = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        ChannelHeartbeat running = new ChannelHeartbeat(outlet, EVERY);
        outlet.heartbeat = running;
        running.start("heartbeat-test", Duration.ofSeconds(5), () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("a listener failed");
            }
            again.countDown();
        });
        try {
            assertTrue(again.await(10, java.util.concurrent.TimeUnit.SECONDS), "the watch stopped after one failure");
        } finally {
            running.stop(true);
        }
    }

    @Test
    void silenceIsCountedFromTheLastThingHeard() {
        at(Duration.ofSeconds(3));
        heartbeat.heard();
        at(Duration.ofSeconds(8));
        assertTrue(!heartbeat.silentFor(Duration.ofSeconds(5)));
        at(Duration.ofMillis(8_001));
        assertTrue(heartbeat.silentFor(Duration.ofSeconds(5)));
    }
}
