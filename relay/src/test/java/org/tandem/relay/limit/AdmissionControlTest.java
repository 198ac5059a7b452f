package org.tandem.relay.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.relay.MutableClock;

class AdmissionControlTest {
    private final MutableClock clock = MutableClock.atNine();
    private final List<Map<String, ?>> audited = new ArrayList<>();
    private final RefusalLog refusals = new RefusalLog(clock, Duration.ofMinutes(1), (type, fields) -> audited.add(fields));
    private final AdmissionControl admission = new AdmissionControl(clock, RelayLimits.defaults(), refusals);

    @Test
    void aSweeperIsStoppedAfterFiveFailedJoinsAndBacksOffForHoursThenADay() {
        for (int i = 0; i < 5; i++) {
            assertTrue(admission.join("203.0.113.7").allowed());
            admission.joinFailed("203.0.113.7");
        }
        assertTrue(admission.join("203.0.113.7").allowed(), "the budget is counted on failures");
        admission.joinFailed("203.0.113.7");

        BackoffLimiter.Verdict refused = admission.join("203.0.113.7");
        assertFalse(refused.allowed());
        assertEquals(3600, refused.retryAfterSeconds());
        assertTrue(admission.join("198.51.100.9").allowed(), "a customer elsewhere still joins");
    }

    @Test
    void failedJoinsInADayFromOneAddressStayUnderThirty() {
        int tried = 0;
        Duration day = Duration.ofDays(1);
        Duration spent = Duration.ZERO;
        while (spent.compareTo(day) < 0) {
            BackoffLimiter.Verdict verdict = admission.join("203.0.113.7");
            if (verdict.allowed()) {
                tried++;
                admission.joinFailed("203.0.113.7");
                clock.advance(Duration.ofSeconds(1));
                spent = spent.plusSeconds(1);
            } else {
                clock.advance(verdict.retryAfter());
                spent = spent.plus(verdict.retryAfter());
            }
        }

        assertTrue(tried <= 30, tried + " guesses in a day");
    }

    @Test
    void refusalsAreWrittenOncePerWindowAndCountedEachTime() {
        for (int i = 0; i < 10; i++) {
            admission.join("203.0.113.7");
        }
        for (int i = 0; i < 500; i++) {
            admission.join("203.0.113.7");
        }

        assertEquals(500, refusals.counts().get("rate-limited-join"));
        assertEquals(1, audited.size());
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 11; i++) {
            admission.join("203.0.113.7");
        }
        assertEquals(2, audited.size());
        assertEquals(499L, audited.get(1).get("leftOutBefore"));
    }

    @Test
    void connectionsNotLoggedInArePerAddressAndGiveTheirPlaceBack() {
        for (int i = 0; i < 8; i++) {
            assertTrue(admission.connection("203.0.113.7").allowed());
        }
        assertFalse(admission.connection("203.0.113.7").allowed(), "a ninth silent connection");
        assertTrue(admission.connection("198.51.100.9").allowed(), "another address");

        admission.leftUnauthenticated("203.0.113.7");
        assertTrue(admission.connection("203.0.113.7").allowed());
    }

    @Test
    void failedLoginsBlockNewConnectionsFromTheAddress() {
        for (int i = 0; i < 11; i++) {
            admission.loginFailed("203.0.113.7", "key not listed");
        }

        assertTrue(admission.loginBlocked("203.0.113.7"));
        assertFalse(admission.connection("203.0.113.7").allowed());
        clock.advance(Duration.ofMinutes(10));
        assertTrue(admission.connection("203.0.113.7").allowed());
    }

    @Test
    void aTechnicianGetsThirtyNameplatesAnHour() {
        for (int i = 0; i < 30; i++) {
            assertTrue(admission.create("SHA256:alice", "203.0.113.7").allowed());
        }
        assertFalse(admission.create("SHA256:alice", "203.0.113.7").allowed());
        assertTrue(admission.create("SHA256:bob", "203.0.113.7").allowed());
    }
}
