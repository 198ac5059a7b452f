package org.tandem.relay.rendezvous;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.tandem.relay.audit.AuditSink;
import org.tandem.relay.limit.AdmissionControl;

/**
 * What every {@code tandem} channel shares: the nameplates, the rate limits, the audit log, one
 * timer thread, and the one lock under which channels change state (create, pair, resume, burn,
 * lapse, leave). Moving bytes between paired channels never takes that lock.
 */
public final class RendezvousService {
    private final NameplateRegistry<RendezvousSubsystem> registry;
    private final ResumeRegistry<RendezvousSubsystem> resumes = new ResumeRegistry<>();
    private final AdmissionControl admission;
    private final AuditSink audit;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final int maxJoinAttempts;
    private final Object lock = new Object();
    private final Set<RendezvousSubsystem> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong pairedNow = new AtomicLong();
    private final AtomicLong bytesPiped = new AtomicLong();

    public RendezvousService(NameplateRegistry<RendezvousSubsystem> registry, AdmissionControl admission, AuditSink audit,
            ScheduledExecutorService timer, Clock clock, int maxJoinAttempts) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxJoinAttempts < 1) {
            throw new IllegalArgumentException("maxJoinAttempts must be positive, got " + maxJoinAttempts);
        }
        this.maxJoinAttempts = maxJoinAttempts;
    }

    NameplateRegistry<RendezvousSubsystem> registry() {
        return registry;
    }

    ResumeRegistry<RendezvousSubsystem> resumes() {
        return resumes;
    }

    AdmissionControl admission() {
        return admission;
    }

    AuditSink audit() {
        return audit;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    Clock clock() {
        return clock;
    }

    int maxJoinAttempts() {
        return maxJoinAttempts;
    }

    Object lock() {
        return lock;
    }

    public Duration nameplateLifetime() {
        return registry.lifetime();
    }

    void opened(RendezvousSubsystem channel) {
        live.add(channel);
    }

    void closed(RendezvousSubsystem channel) {
        live.remove(channel);
    }

    void pairedCountChanged(int delta) {
        pairedNow.addAndGet(delta);
    }

    void piped(long bytes) {
        bytesPiped.addAndGet(bytes);
    }

    /** Paired sessions now (each counts once, not once per channel). */
    public long pairedSessions() {
        return pairedNow.get();
    }

    /** Bytes piped so far, both directions together. */
    public long bytesPiped() {
        return bytesPiped.get();
    }

    /** {@code tandem} channels open now. */
    public int openChannels() {
        return live.size();
    }

    /** Bytes the relay holds for slow readers now, all channels together; bounded by their SSH windows. */
    public long queuedBytes() {
        long sum = 0;
        for (RendezvousSubsystem channel : live) {
            sum += channel.queuedBytes();
        }
        return sum;
    }

    /** Connections waiting to resume a session now. */
    public int waitingResumes() {
        return resumes.size();
    }

    /** Nameplates waiting now. */
    public int waitingNameplates() {
        return registry.size();
    }

    /**
     * Tells every open channel that the relay is shutting down, waits until the words went out
     * (at most {@code grace}), then closes every channel.
     */
    public void closeAll(Duration grace) {
        List<CompletableFuture<Void>> said = new ArrayList<>();
        for (RendezvousSubsystem channel : live) {
            said.add(channel.announceClosing());
        }
        try {
            CompletableFuture.allOf(said.toArray(CompletableFuture[]::new)).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // close whoever did not hear it in time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (RendezvousSubsystem channel : live) {
            channel.closeForShutdown();
        }
    }

    /** A summary of the state, for the audit log at shutdown. */
    Map<String, Object> summary() {
        return Map.of("channels", live.size(), "paired", pairedNow.get(), "waiting", registry.size(),
                "resuming", resumes.size());
    }
}
