package org.tandem.relay.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.audit.AuditSink;

/**
 * Records refusals: every one is counted by reason, but each reason and source is written to the
 * log and the audit log once per window, with how many were left out before it. A flood of
 * refused requests therefore costs a few lines, never a line each.
 */
public final class RefusalLog {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Duration window;
    private final AuditSink audit;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    public RefusalLog(Clock clock, Duration window, AuditSink audit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * @param reason stable, e.g. {@code rate-limited-join}
     * @param source the source address (see {@link SourceAddress})
     * @param detail for people, e.g. what was asked
     * @return whether this refusal was written out (the first of its window)
     */
    public boolean refused(String reason, String source, String detail) {
        counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
        Instant now = clock.instant();
        long leftOut;
        synchronized (windows) {
            Window current = windows.get(reason + " " + source);
            if (current != null && now.isBefore(current.start.plus(window))) {
                current.leftOut++;
                return false;
            }
            leftOut = current == null ? 0 : current.leftOut;
            windows.put(reason + " " + source, new Window(now));
        }
        LOG.info("Refused {} from {}: {}{}", reason, source, detail,
                leftOut == 0 ? "" : " (" + leftOut + " more in the window before, not logged one by one)");
        audit.write("refuse", Map.of("reason", reason, "source", source, "detail", detail, "leftOutBefore", leftOut));
        return true;
    }

    /** Refusals so far by reason, whether written out or not. */
    public Map<String, Long> counts() {
        Map<String, Long> copy = new LinkedHashMap<>();
        counts.forEach((reason, n) -> copy.put(reason, n.sum()));
        return copy;
    }

    private static final class Window {
        final Instant start;
        long leftOut;

        Window(Instant start) {
            this.start = start;
        }
    }
}
