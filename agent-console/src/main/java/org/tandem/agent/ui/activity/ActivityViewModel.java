package org.tandem.agent.ui.activity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;

/**
 * The session as it happens, in plain words: the console's own session log, read again in the
 * background whenever the session reports a change. Reads are coalesced: however many changes come
 * while one read runs, one more read follows it.
 */
public final class ActivityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityViewModel.class);

    /** One line of the timeline. */
    public record Item(String time, String who, String what) {}

    private final Executor fx;
    private final Executor io;
    private final DateTimeFormatter time;
    private final AtomicReference<Path> log = new AtomicReference<>();
    private final AtomicBoolean readPending = new AtomicBoolean();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<Item> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Texts.get("activity.none"));

    public ActivityViewModel(Executor fx, Executor io, ZoneId zone) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.io = Objects.requireNonNull(io, "io");
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
    }

    public ObservableList<Item> items() {
        return itemsView;
    }

    /** What the timeline shows, or why it cannot, in words; "" when it shows the session. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The session's log was opened here (called from the session's thread). */
    public void logOpened(Path file) {
        log.set(file);
        changed();
    }

    /** Something was recorded: read the log again, in the background. */
    public void changed() {
        if (log.get() == null || !readPending.compareAndSet(false, true)) {
            return;
        }
        try {
            io.execute(this::read);
        } catch (RejectedExecutionException e) {
            // The console is closing: there is no timeline left to show it in.
            readPending.set(false);
            LOG.debug("Not reading the session log while the console closes");
        }
    }

    /** A new session: its log is not open yet. */
    public void clear() {
        log.set(null);
        items.clear();
        message.set(Texts.get("activity.none"));
    }

    private void read() {
        readPending.set(false);
        Path file = log.get();
        if (file == null) {
            return;
        }
        try {
            List<LogEntry> entries = LogReader.read(file);
            // Whole: the line wraps, and a chat line's or a note's last words are often the ones that matter.
            List<String> titles = LogEntryFormatter.wholeTitles(entries);
            List<Item> read = java.util.stream.IntStream.range(0, entries.size())
                    .filter(i -> !LogEventTypes.isSeal(entries.get(i).type())) // for verifying, not what happened
                    .mapToObj(i -> item(entries.get(i), titles.get(i))).toList();
            fx.execute(() -> {
                if (file.equals(log.get())) {
                    items.setAll(read);
                    message.set("");
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the session log {}", file, e);
            fx.execute(() -> message.set(Texts.get("activity.unreadable")));
        }
    }

    /** @param what what happened, in words: the entry's title in the whole log */
    private Item item(LogEntry entry, String what) {
        return new Item(time.format(entry.time()), LogEntryFormatter.actor(entry), what);
    }
}
