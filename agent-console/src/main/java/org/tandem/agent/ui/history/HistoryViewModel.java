package org.tandem.agent.ui.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.history.Integrity;
import org.tandem.agent.history.RecapExport;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvents;
import org.tandem.shared.log.SessionFacts;

/**
 * State and commands of the history window. Reading and verifying logs happens on the background
 * executor; results reach the properties through the FX executor.
 */
public final class HistoryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private final SessionHistory history;
    private final Executor fx;
    private final Executor background;
    private final RecapExport recaps;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private final List<SessionRecord> all = new ArrayList<>();
    private final ObservableList<SessionRecord> sessions = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ObservableList<String> chat = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<HistoryFilter> filter = new SimpleObjectProperty<>(HistoryFilter.ALL);
    private final ReadOnlyObjectWrapper<SessionRecord> opened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(Texts.get("history.checking"));
    private final BooleanBinding canExport = Bindings.isNotNull(opened);
    // Which open() is the latest, so a slow earlier one cannot overwrite it.
    private long openGeneration;
    /** The session to open once the list is read: one chosen elsewhere (the Customer tab, decision 0048). */
    private String toOpen;
    /** Stops hearing of this console's sessions beginning and ending. */
    private final Runnable stopFollowing;
    /** The window closed: nothing more is read, not even what a reading begun before would open (its reader has stopped). */
    private boolean closed;

    /**
     * @param fx         runs on the FX thread: {@code Platform::runLater} in the app
     * @param background reads and verifies logs, off the FX thread
     * @param zone       time zone of the dates and times shown
     */
    public HistoryViewModel(SessionHistory history, Executor fx, Executor background, ZoneId zone) {
        this.history = Objects.requireNonNull(history, "history");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.background = Objects.requireNonNull(background, "background");
        this.recaps = new RecapExport(zone);
        this.dateFormat = DateTimeFormatter.ofPattern(Texts.get("history.dateFormat"), Locale.getDefault()).withZone(zone);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(zone);
        search.addListener((obs, was, now) -> applyFilter());
        filter.addListener((obs, was, now) -> applyFilter());
        // A session of this console begins or ends while the window is open: read the list again, so an
        // ended one is not left "In progress" (decision 0050); what the technician reads stays open.
        stopFollowing = history.own().open().onChange(() -> fx.execute(this::reread));
    }

    /** The sessions that match the search and the filter, newest first. */
    public ObservableList<SessionRecord> sessions() {
        return FXCollections.unmodifiableObservableList(sessions);
    }

    /** The opened session's events, one readable line each. */
    public ObservableList<String> timeline() {
        return FXCollections.unmodifiableObservableList(timeline);
    }

    /** The opened session's chat messages. */
    public ObservableList<String> chat() {
        return FXCollections.unmodifiableObservableList(chat);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<HistoryFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<SessionRecord> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the session list says when it shows none: why, in plain words. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** Reads every session again. */
    public CompletableFuture<Void> refresh() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        loading.set(true);
        status.set(Texts.get("history.checking"));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return history.list();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).handle((records, failure) -> {
            fx.execute(() -> {
                if (closed) {
                    return;
                }
                loading.set(false);
                all.clear();
                if (failure != null) {
                    LOG.warn("Could not read the past sessions", failure);
                    status.set(Texts.get("history.unreadable"));
                } else {
                    all.addAll(records);
                    long altered = records.stream().filter(r -> r.integrity() == Integrity.BROKEN).count();
                    status.set(altered == 0 ? Texts.format("history.count", records.size())
                            : Texts.format("history.countAltered", records.size(), altered));
                }
                applyFilter();
                openChosen();
            });
            return null;
        });
    }

    /** The window closed: it hears no more of the console's sessions. */
    public void close() {
        closed = true;
        stopFollowing.run();
    }

    private void reread() {
        SessionRecord reading = opened.get();
        if (reading != null && toOpen == null) {
            toOpen = reading.id();
        }
        refresh();
    }

    /** Opens the session {@code sessionId} once the next {@link #refresh()} has listed it. */
    public void openWhenListed(String sessionId) {
        toOpen = Objects.requireNonNull(sessionId, "sessionId");
    }

    private void openChosen() {
        String id = toOpen;
        toOpen = null;
        if (id != null) {
            sessions.stream().filter(record -> record.id().equals(id)).findFirst().ifPresent(this::open);
        }
    }

    /** Shows a session's timeline and chat; null clears them. */
    public CompletableFuture<Void> open(SessionRecord record) {
        long generation = ++openGeneration;
        opened.set(record);
        timeline.clear();
        chat.clear();
        if (record == null || closed) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return history.events(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).handle((entries, failure) -> {
            fx.execute(() -> {
                if (generation != openGeneration) {
                    return;
                }
                if (failure != null) {
                    LOG.warn("Could not read the log of {}", record.id(), failure);
                    timeline.setAll(Texts.get("history.logUnreadable"));
                    return;
                }
                // The lines wrap, and a note is shown nowhere else: what people wrote is given whole.
                List<String> titles = LogEntryFormatter.wholeTitles(entries);
                timeline.setAll(java.util.stream.IntStream.range(0, entries.size())
                        .filter(i -> !LogEventTypes.isSeal(entries.get(i).type())) // the integrity line says what they prove
                        .mapToObj(i -> timelineLine(entries.get(i), titles.get(i))).toList());
                // The customer by the name the log gives them, as the Customer column and the recap call them.
                String customer = SessionFacts.of(entries).customerName();
                chat.setAll(entries.stream().flatMap(e -> JournalEvents.read(e).stream()
                        .filter(JournalEvent.Chat.class::isInstance)
                        .map(event -> chatLine(e, (JournalEvent.Chat) event, customer)))
                        .toList());
            });
            return null;
        });
    }

    /**
     * Writes the recap of the opened session to {@code target}: HTML when its name ends in
     * {@code .html} or {@code .htm}, Markdown otherwise. The log is verified again first, so the
     * recap's integrity line is current.
     */
    public CompletableFuture<Path> exportRecap(Path target) {
        SessionRecord record = opened.get();
        if (record == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Open a session first"));
        }
        CompletableFuture<Path> export = CompletableFuture.supplyAsync(() -> {
            try {
                // The console's own log: the technician's copy of the recap.
                return recaps.write(record.log(), target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
        export.whenComplete((path, failure) -> {
            if (failure != null) {
                LOG.warn("Could not save the recap of {} to {}", record.id(), target, failure);
            }
            fx.execute(() -> status.set(failure == null ? Texts.format("history.recapSaved", path)
                    : Texts.get("history.recapNotSaved")));
        });
        return export;
    }

    /** The badge's words: "Intact", "Not closed", "In progress", "Altered!". */
    public static String badgeText(Integrity integrity) {
        return switch (integrity) {
            case INTACT -> Texts.get("history.badge.INTACT");
            case NOT_CLOSED -> Texts.get("history.badge.NOT_CLOSED");
            case IN_PROGRESS -> Texts.get("history.badge.IN_PROGRESS");
            case BROKEN -> Texts.get("history.badge.BROKEN");
        };
    }

    public String dateText(SessionRecord record) {
        return dateFormat.format(record.date());
    }

    /** To the nearest minute, as the session's recap says it ("under a minute" below 30 s). */
    public static String durationText(Duration duration) {
        long minutes = (duration.getSeconds() + 30) / 60;
        if (minutes == 0) {
            return Texts.get("history.underAMinute");
        }
        return minutes < 60 ? Texts.format("history.minutes", minutes)
                : Texts.format("history.hours", minutes / 60, minutes % 60);
    }

    /** @param what what happened, in words: the entry's title in the whole log */
    private String timelineLine(LogEntry entry, String what) {
        return timeFormat.format(entry.time()) + "  " + LogEntryFormatter.actor(entry) + " — " + what;
    }

    /** @param customer the customer's name as the log gives it; "" when it gives none */
    private String chatLine(LogEntry entry, JournalEvent.Chat message, String customer) {
        String who = entry.byTechnician() ? entry.technicianName()
                : "customer".equals(entry.actor()) && !customer.isEmpty() ? customer : LogEntryFormatter.actor(entry);
        return timeFormat.format(entry.time()) + "  " + who + ": " + message.text();
    }

    /**
     * Keeps the sessions of the chosen integrity in which every word of the search occurs, in any
     * order and case: in the customer's name or ticket, the technician, the session's code, anything
     * that happened (chat included), or its date as the table shows it or as a date is written.
     */
    private void applyFilter() {
        HistoryFilter chosen = filter.get() == null ? HistoryFilter.ALL : filter.get();
        String query = search.get() == null ? "" : search.get().strip();
        List<String> words = query.isEmpty() ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        sessions.setAll(SessionHistory.filter(all, "", chosen.integrity()).stream()
                .filter(record -> matches(record, words)).toList());
        if (all.isEmpty()) {
            emptyText.set(Texts.get("history.empty"));
        } else if (!query.isEmpty()) {
            emptyText.set(chosen == HistoryFilter.ALL ? Texts.format("history.noMatch", query)
                    : Texts.format("history.noMatchFiltered", chosen.toString().toLowerCase(Locale.ROOT), query));
        } else {
            emptyText.set(Texts.format("history.noneFiltered", chosen.toString().toLowerCase(Locale.ROOT)));
        }
    }

    private boolean matches(SessionRecord record, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String dates = (dateText(record) + " " + ISO_DATE.withZone(dateFormat.getZone()).format(record.date()))
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(word -> record.searchText().contains(word) || dates.contains(word));
    }
}
