package org.tandem.relay.rendezvous;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every {@code tandem} channel of one relay shares: the nameplates, the threads that serve
 * channels, the timer that lapses nameplates, and the limits.
 *
 * @param channelThreads runs one blocking task per channel, for the life of the channel
 * @param pipeBufferSize bytes copied at a time between paired channels
 * @param maxJoinAttempts unknown nameplates a customer may try on one channel
 */
public record RendezvousService(
        NameplateRegistry<RendezvousSubsystem> registry,
        Executor channelThreads,
        ScheduledExecutorService timer,
        int pipeBufferSize,
        int maxJoinAttempts) {

    public RendezvousService {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(channelThreads, "channelThreads");
        Objects.requireNonNull(timer, "timer");
        if (pipeBufferSize < 1) {
            throw new IllegalArgumentException("pipeBufferSize must be positive, got " + pipeBufferSize);
        }
        if (maxJoinAttempts < 1) {
            throw new IllegalArgumentException("maxJoinAttempts must be positive, got " + maxJoinAttempts);
        }
    }

    public Duration nameplateLifetime() {
        return registry.lifetime();
    }
}
