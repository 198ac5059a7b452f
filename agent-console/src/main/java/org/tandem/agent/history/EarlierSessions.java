package org.tandem.agent.history;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvents;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.SessionFacts;

/**
 * The past sessions in {@link SessionHistory} with the customer of the session running now, newest
 * first (decision 0048). A past session matches on what its own log says of its customer: the name or
 * ticket typed at New session or given mid-session (decision 0046), and the names their computer gave
 * (decision 0037). Each match says on what it matched. A name that could be anyone's ("Customer 1",
 * "localhost") never matches, and neither does an empty one.
 */
public final class EarlierSessions {
    private static final Logger LOG = LoggerFactory.getLogger(EarlierSessions.class);
    /** The numbered names of tabs without a name, and words that name nobody in particular. */
    private static final Pattern GENERIC = Pattern.compile(
            "(customer|client|user|guest|unknown|anonymous|test|none|n/?a|computer|pc|desktop|laptop|localhost"
                    + "|localhost\\.localdomain|ubuntu|debian|fedora)( ?#?\\d+)?|\\W*|.");

    /** On what a past session was found. */
    public enum Basis {
        /** The name or ticket this session knows is one the past session's log gives its customer. */
        NAME_OR_TICKET,
        /** The customer's computer gave the same name. */
        COMPUTER_NAME
    }

    /** One ground for a match: its kind and the value both logs share, as this session knows it. */
    public record Match(Basis basis, String value) {
        public Match {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A past session with this customer.
     *
     * @param facts what its log says, read as the recap and History read it; empty when the log could
     *              not be read at all (it is then listed as such, by its record's integrity)
     */
    public record Earlier(SessionRecord record, List<Match> on, Optional<SessionFacts> facts) {
        public Earlier {
            on = List.copyOf(on);
        }
    }

    /**
     * What a search found.
     *
     * @param unreadable past logs that could not be read, so whether they were with this customer is not known
     */
    public record Found(List<Earlier> sessions, int unreadable) {
        public Found {
            sessions = List.copyOf(sessions);
        }
    }

    private final SessionHistory history;

    public EarlierSessions(SessionHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * The past sessions with the customer known by any of {@code namesOrTickets} (typed at New session,
     * given since) or on the computer called {@code computer}, newest first; none when none of them
     * says who the customer is.
     *
     * @param current the log of the session running now, which is not an earlier one
     * @throws IOException when the sessions' folder cannot be listed
     */
    public Found find(List<String> namesOrTickets, String computer, Optional<Path> current) throws IOException {
        List<String> names = namesOrTickets.stream().filter(n -> !key(n).isEmpty()).map(String::strip).distinct().toList();
        String machine = key(computer);
        if (names.isEmpty() && machine.isEmpty()) {
            return new Found(List.of(), 0);
        }
        Optional<Path> own = current.map(path -> path.toAbsolutePath().normalize());
        List<Earlier> found = new ArrayList<>();
        int unreadable = 0;
        for (SessionRecord record : history.list()) {
            if (own.isPresent() && own.get().equals(record.log().toAbsolutePath().normalize())) {
                continue;
            }
            List<LogEntry> entries;
            try {
                entries = history.events(record);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not read the log of {} to find earlier sessions", record.id(), e);
                unreadable++;
                continue;
            }
            List<Match> on = matches(entries, names, machine, computer.strip());
            if (!on.isEmpty()) {
                found.add(new Earlier(record, on, Optional.of(SessionFacts.of(entries))));
            }
        }
        return new Found(found, unreadable);
    }

    private static List<Match> matches(List<LogEntry> entries, List<String> names, String machine,
            String machineShown) {
        Set<String> given = new LinkedHashSet<>();
        Set<String> computers = new LinkedHashSet<>();
        for (LogEntry entry : entries) {
            JournalEvents.read(entry).ifPresent(event -> {
                if (event instanceof JournalEvent.SessionConnected connected) {
                    given.add(key(connected.customerReference()));
                } else if (event instanceof JournalEvent.CustomerNamed named) {
                    given.add(key(named.name()));
                } else if (event instanceof JournalEvent.ComputerNamed named) {
                    computers.add(key(named.name()));
                }
            });
        }
        List<Match> on = new ArrayList<>();
        names.stream().filter(name -> given.contains(key(name))).findFirst()
                .ifPresent(name -> on.add(new Match(Basis.NAME_OR_TICKET, name)));
        if (!machine.isEmpty() && computers.contains(machine)) {
            on.add(new Match(Basis.COMPUTER_NAME, machineShown));
        }
        return on;
    }

    /**
     * How two names are compared: the same letters in any case, spaces and compatible forms alike
     * ("Ana  Silva" is "ana silva"); "" for a name that could be anyone's.
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return generic(plain) ? "" : plain;
    }

    /** Whether a name says nothing of who the customer is: empty, one character, "Customer 1", "localhost". */
    public static boolean generic(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return GENERIC.matcher(plain).matches();
    }
}
