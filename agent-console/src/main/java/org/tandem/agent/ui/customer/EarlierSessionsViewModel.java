package org.tandem.agent.ui.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.history.EarlierSessions;
import org.tandem.agent.history.Integrity;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.log.SessionFacts;

/**
 * "Earlier sessions with this customer" in the Customer tab (decision 0048): once the session's log is
 * open and the console knows who the customer is (a name or ticket typed or given, their computer's
 * name), the past sessions in History with them, newest first, each with what it matched on. The
 * logs are read on the background executor; the results reach the list through the FX executor.
 * Call the methods on the FX thread.
 */
public final class EarlierSessionsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EarlierSessionsViewModel.class);

    /** Finds the earlier sessions: {@link EarlierSessions#find} in the app. */
    @FunctionalInterface
    public interface Finder {
        EarlierSessions.Found find(List<String> namesOrTickets, String computer, Optional<Path> current)
                throws IOException;
    }

    /**
     * One earlier session as the tab shows it.
     *
     * @param id      the session's id, to open it in History
     * @param heading when, who helped, how it ended
     * @param on      on what it matched, in words
     * @param warning why what its log says cannot be taken as it is ("" for an intact log)
     * @param details what was done, the plan's steps and the technician's notes, one a line
     */
    public record Item(String id, String heading, String on, String warning, List<String> details) {
        public Item {
            details = List.copyOf(details);
        }

        /** Everything the item says, a line each: what the list shows and a screen reader reads. */
        public String text() {
            List<String> lines = new ArrayList<>(List.of(heading, on));
            if (!warning.isEmpty()) {
                lines.add(warning);
            }
            lines.addAll(details);
            return String.join("\n", lines);
        }
    }

    private final Executor fx;
    private final Executor background;
    private final Finder finder;
    private final DateTimeFormatter dateFormat;
    private final ObservableList<Item> sessions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper looked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("earlier.notYet"));
    private final Set<String> names = new LinkedHashSet<>();
    private String computer = "";
    private Optional<Path> log = Optional.empty();
    /** What the last search was for, so that the same names do not read every log again. */
    private String searched = "";
    private long generation;

    public EarlierSessionsViewModel(Executor fx, Executor background, Finder finder, ZoneId zone) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.background = Objects.requireNonNull(background, "background");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.dateFormat = DateTimeFormatter.ofPattern(Texts.get("history.dateFormat"), Locale.getDefault()).withZone(zone);
    }

    /** The earlier sessions found, newest first. */
    public ObservableList<Item> sessions() {
        return FXCollections.unmodifiableObservableList(sessions);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether a search began in this session: until then there is nothing to say, and the tab keeps its room. */
    public ReadOnlyBooleanProperty lookedProperty() {
        return looked.getReadOnlyProperty();
    }

    /** One line: what is being done, how many were found, or that none were. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The session's log is open: the customer is connected, and this session is not an earlier one. */
    public CompletableFuture<Void> logOpened(Path file) {
        log = Optional.of(file);
        return search();
    }

    /**
     * What the console now knows of the customer: the name or ticket of the session (typed, or given
     * since, which adds to the names before it) and their computer's name ("" while unknown).
     */
    public CompletableFuture<Void> customerKnown(String nameOrTicket, String computerName) {
        if (nameOrTicket != null && !nameOrTicket.isBlank()) {
            names.add(nameOrTicket.strip());
        }
        computer = computerName == null ? "" : computerName.strip();
        return search();
    }

    /** A new session: nothing known, nothing shown. */
    public void clear() {
        generation++;
        names.clear();
        computer = "";
        log = Optional.empty();
        searched = "";
        sessions.clear();
        loading.set(false);
        looked.set(false);
        status.set(Texts.get("earlier.notYet"));
    }

    private CompletableFuture<Void> search() {
        List<String> known = names.stream().filter(name -> !EarlierSessions.generic(name)).toList();
        String machine = EarlierSessions.generic(computer) ? "" : computer;
        if (log.isEmpty() || known.isEmpty() && machine.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String what = String.join("\n", known) + "\n\n" + machine;
        if (what.equals(searched)) {
            return CompletableFuture.completedFuture(null);
        }
        searched = what;
        long mine = ++generation;
        Optional<Path> current = log;
        loading.set(true);
        looked.set(true);
        status.set(Texts.get("earlier.looking"));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return finder.find(known, machine, current);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).handle((found, failure) -> {
            List<Item> items = failure == null ? found.sessions().stream().map(this::item).toList() : List.of();
            fx.execute(() -> {
                if (mine != generation) {
                    return;
                }
                loading.set(false);
                if (failure != null) {
                    LOG.warn("Could not look for earlier sessions with this customer", failure);
                    sessions.clear();
                    status.set(Texts.get("earlier.unreadable"));
                    return;
                }
                sessions.setAll(items);
                String said = items.isEmpty() ? Texts.get("earlier.none") : Texts.format("earlier.count", items.size());
                status.set(found.unreadable() == 0 ? said
                        : said + " " + Texts.format("earlier.someUnreadable", found.unreadable()));
            });
            return null;
        });
    }

    private Item item(EarlierSessions.Earlier earlier) {
        SessionRecord record = earlier.record();
        List<String> heading = new ArrayList<>(List.of(dateFormat.format(record.date())));
        heading.add(record.technician().isEmpty() ? Texts.get("earlier.technicianUnknown")
                : Texts.format("earlier.helpedBy", record.technician()));
        if (!record.ending().isEmpty()) {
            heading.add(record.ending());
        }
        String on = Texts.format("earlier.on", String.join(", ", earlier.on().stream().map(EarlierSessionsViewModel::basis)
                .toList()));
        String warning = switch (record.integrity()) {
            case INTACT -> "";
            case NOT_CLOSED -> Texts.get("earlier.notClosed");
            case IN_PROGRESS -> Texts.get("earlier.inProgress");
            case BROKEN -> Texts.get("earlier.altered");
        };
        List<String> details = earlier.facts().map(EarlierSessionsViewModel::details).orElse(List.of());
        return new Item(record.id(), String.join(" · ", heading), on, warning,
                details.isEmpty() && record.integrity() != Integrity.BROKEN ? List.of(Texts.get(
                        record.integrity() == Integrity.IN_PROGRESS ? "earlier.nothingDoneYet" : "earlier.nothingDone"))
                        : details);
    }

    private static String basis(EarlierSessions.Match match) {
        return switch (match.basis()) {
            case NAME_OR_TICKET -> Texts.format("earlier.sameName", match.value());
            case COMPUTER_NAME -> Texts.format("earlier.sameComputer", match.value());
        };
    }

    /** What was done, the plan and the notes, from the same reading of the log as History's and the recap's. */
    private static List<String> details(SessionFacts facts) {
        List<String> lines = new ArrayList<>();
        facts.actions().stream().filter(SessionFacts.ActionRecord::ran).forEach(action -> lines.add(Texts.format(
                "earlier.done", action.described(),
                action.result().isEmpty() ? Texts.get("earlier.noResult") : action.result())));
        facts.plan().forEach(step -> lines.add(Texts.format("earlier.step", step.title(), step.status())));
        facts.notes().forEach(note -> lines.add(Texts.format("earlier.note", note.text())));
        return lines;
    }
}
