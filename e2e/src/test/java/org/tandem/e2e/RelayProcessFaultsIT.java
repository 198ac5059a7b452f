package org.tandem.e2e;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.session.SessionChannel;

/**
 * What can happen to the relay's process in the middle of a session, done for real to a relay in a
 * process of its own while the technician is in control, and the outcome each side is documented to
 * see (docs/reliability.md).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang fails the test instead of the whole build
class RelayProcessFaultsIT {
    // The documented outcome of each fault, one line each (docs/reliability.md, decision 0013).
    private static final Outcome KILLED_AND_RESTARTED = Outcome.resumed();
    private static final Outcome FROZEN = Outcome.resumed();

    @BeforeAll
    static void warmUp(@TempDir Path warmUpDir) throws Exception {
        FaultDrill.warmUpOnce(warmUpDir);
    }

    @Test
    void aRelayKilledAndRestartedOnTheSamePortResumesTheSessionAndServesTheNextOne(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayProcess(dir)) {
            RelayProcess relay = rig.relayProcess();
            new FaultDrill(dir, rig).run(() -> {
                long at = relay.kill();
                relay.restart();
                return at;
            }, KILLED_AND_RESTARTED);
        }
    }

    @Test
    void aFrozenRelayIsNoticedByTheHeartbeatsWithinTheSilenceLimit(@TempDir Path dir) throws Exception {
        try (FaultRig rig = FaultRig.withRelayProcess(dir)) {
            RelayProcess relay = rig.relayProcess();
            new FaultDrill(dir, rig).detectedWithin(SessionChannel.SILENCE_LIMIT)
                    .clearedBy(session -> relay.thaw())
                    .run(relay::freeze, FROZEN);
        }
    }
}
