package org.tandem.customer.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.tandem.shared.log.ControlWords;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionFacts.ControlEnd;

/**
 * Each period of control in the customer's list of what the technician did, as it happens: when the
 * technician began, and when control ended, for how long and who ended it. The words are the recap's
 * ({@link ControlWords}), and who ended it is read from the same {@code control.stopped} the log
 * keeps ({@link ControlEnd#of}), so the list and the recap cannot tell one period two ways.
 */
final class ControlFeed {
    private final Clock clock;
    private final Consumer<String> lines;
    private Instant since;

    ControlFeed(Clock clock, Consumer<String> lines) {
        this.clock = clock;
        this.lines = lines;
    }

    /** Control began; {@code technician} as the session shows them. */
    synchronized void began(String technician) {
        since = clock.instant();
        lines.accept(ActivityFeed.stamped(clock, ControlWords.began(technician)));
    }

    /** Control ended, as {@code stopped} records it; nothing when it had not begun. */
    synchronized void ended(String technician, JournalEvent.ControlStopped stopped) {
        if (since == null) {
            return;
        }
        Duration length = Duration.between(since, clock.instant());
        since = null;
        lines.accept(ActivityFeed.stamped(clock, ControlWords.period(technician, length, ControlEnd.of(stopped), true)));
    }
}
