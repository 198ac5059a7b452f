package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.session.SessionChannel;

/**
 * What the network between the customer's app and the relay can do to a session, done for real by a
 * {@link FaultProxy} while the technician is in control, and the outcome each side is documented to
 * see (docs/reliability.md).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang fails the test instead of the whole build
class NetworkFaultsIT {
    // The documented outcome of each fault, one line each (docs/reliability.md, decision 0013).
    private static final Outcome CUT = Outcome.resumed();
    private static final Outcome STALL = Outcome.resumed();
    private static final Outcome SLOW = Outcome.keepsWorking();
    // SSH refuses the altered packet (a bad Poly1305 tag, or a length that decrypts to nonsense) and drops the
    // connection, which the session resumes like a cut.
    private static final Outcome CORRUPTED_TO_RELAY = Outcome.resumed();
    private static final Outcome CORRUPTED_TO_APP = Outcome.resumed();
    private static final Outcome DUPLICATED_TO_RELAY = Outcome.resumed();
    private static final Outcome DUPLICATED_TO_APP = Outcome.resumed();

    /** A poor mobile link: 256 kbit/s and 200 ms each way. */
    private static final LinkShape POOR_LINK = new LinkShape(256_000, Duration.ofMillis(200));

    @BeforeAll
    static void warmUp(@TempDir Path warmUpDir) throws Exception {
        FaultDrill.warmUpOnce(warmUpDir);
    }

    @Test
    void aCutConnectionTakesControlBackAndIsResumed(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            new FaultDrill(dir, rig).run(rig.proxy()::cut, CUT);
        }
    }

    @Test
    void aStalledConnectionIsNoticedByTheHeartbeatsWithinTheSilenceLimit(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            new FaultDrill(dir, rig).detectedWithin(SessionChannel.SILENCE_LIMIT)
                    .clearedBy(session -> rig.proxy().resume())
                    .run(rig.proxy()::stall, STALL);
        }
    }

    @Test
    void aSlowLinkKeepsTheSessionWorking(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            new FaultDrill(dir, rig)
                    .alsoChecking(session -> {
                        // The heartbeats went through the slow link: its delay at least once each way.
                        Duration least = POOR_LINK.delay().multipliedBy(2);
                        session.watch().await("a heartbeat round trip over the slow link", PairedSession.STEP,
                                () -> session.roundTrip().filter(rtt -> rtt.compareTo(least) >= 0).isPresent());
                    })
                    // Never cleared: the session is ended on the slow link, as its user would end it, so the
                    // goodbye and both receipts cross it; the next session is paired over it too.
                    .run(() -> {
                        rig.proxy().shape(POOR_LINK);
                        return System.nanoTime();
                    }, SLOW);
        }
    }

    @Test
    void aByteCorruptedOnTheWayToTheRelayBreaksTheSshMac(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            new FaultDrill(dir, rig).run(() -> applied(rig.proxy().corruptNextByte(Direction.TO_RELAY)),
                    CORRUPTED_TO_RELAY);
        }
    }

    @Test
    void aByteCorruptedOnTheWayToTheAppBreaksTheSshMac(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            new FaultDrill(dir, rig).run(() -> applied(rig.proxy().corruptNextByte(Direction.TO_APP)),
                    CORRUPTED_TO_APP);
        }
    }

    @Test
    void aSegmentDuplicatedOnTheWayToTheRelayBreaksTheSshMac(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            new FaultDrill(dir, rig).run(() -> applied(rig.proxy().duplicateNextSegment(Direction.TO_RELAY)),
                    DUPLICATED_TO_RELAY);
        }
    }

    @Test
    void aSegmentDuplicatedOnTheWayToTheAppBreaksTheSshMac(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayInProcess(dir)) {
            // The customer's SSH client reads 88 more bytes before it drops the connection, and towards a customer
            // whose technician only watches they come with the heartbeats and keepalive replies, which may take two
            // heartbeat intervals; whatever comes first, SSH's drop or the silence limit, is the documented bound.
            new FaultDrill(dir, rig).detectedWithin(SessionChannel.SILENCE_LIMIT)
                    .run(() -> applied(rig.proxy().duplicateNextSegment(Direction.TO_APP)), DUPLICATED_TO_APP);
        }
    }

    /** When a one-off fault hit: the next bytes in its direction come within a heartbeat. */
    private static long applied(CompletableFuture<Long> fault) throws Exception {
        long at = fault.get(PairedSession.STEP.toSeconds(), TimeUnit.SECONDS);
        assertTrue(at > 0);
        return at;
    }
}
