package org.tandem.agent.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.LogVerificationReport;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionFacts;
import org.tandem.shared.log.SessionLogVerifier;

/**
 * The console's past sessions: one folder per session under {@code <agent data>/sessions/}, each
 * holding the console's own log ({@code technician.log}) and, once written, the technician's recap of
 * it ({@code recap.md}). Every log is verified as it is listed, so an altered one stands out. The
 * counts come from {@link SessionFacts}, the same reading of the typed events as the recap's.
 */
public final class SessionHistory {
    public static final String SESSIONS_DIRECTORY = "sessions";
    public static final String LOG_FILE = "technician.log";
    public static final String RECAP_FILE = "recap.md";

    private final Path sessions;
    private final OwnSessions own;

    /** The history kept in {@code agentDataDirectory}, read by no console in particular ({@link OwnSessions#readOnly}). */
    public SessionHistory(Path agentDataDirectory) {
        this(OwnSessions.readOnly(agentDataDirectory));
    }

    /** The history of a console's own sessions, as that console reads it (decision 0050). */
    public SessionHistory(OwnSessions own) {
        this.own = Objects.requireNonNull(own, "own");
        this.sessions = own.dataDir().resolve(SESSIONS_DIRECTORY);
    }

    /** Whose sessions these are: the console's key and the logs it is writing now. */
    public OwnSessions own() {
        return own;
    }

    /** Where a session's files go: {@code <agent data>/sessions/<session id>/}. */
    public Path folderOf(String sessionId) {
        Path folder = sessions.resolve(sessionId).normalize();
        if (!folder.getParent().equals(sessions.normalize())) {
            throw new IllegalArgumentException("A session id is a plain name, not a path: " + sessionId);
        }
        return folder;
    }

    /** Every session with a log, newest first; none when the folder does not exist yet. */
    public List<SessionRecord> list() throws IOException {
        if (!Files.isDirectory(sessions)) {
            return List.of();
        }
        List<SessionRecord> records = new ArrayList<>();
        try (Stream<Path> folders = Files.list(sessions)) {
            for (Path folder : folders.sorted().toList()) {
                Path log = folder.resolve(LOG_FILE);
                if (Files.isRegularFile(log)) {
                    records.add(read(folder.getFileName().toString(), log));
                }
            }
        }
        records.sort(Comparator.comparing(SessionRecord::date).reversed().thenComparing(SessionRecord::id));
        return records;
    }

    /** The sessions of {@link #list()} that match {@code text} and, when given, have that integrity. */
    public List<SessionRecord> search(String text, Optional<Integrity> integrity) throws IOException {
        return filter(list(), text, integrity);
    }

    /** As {@link #search}, over records already listed. */
    public static List<SessionRecord> filter(List<SessionRecord> records, String text, Optional<Integrity> integrity) {
        Objects.requireNonNull(integrity, "integrity");
        return records.stream()
                .filter(record -> integrity.isEmpty() || record.integrity() == integrity.get())
                .filter(record -> record.matches(text == null ? "" : text))
                .toList();
    }

    /** The events of a session, for its timeline and chat. */
    public List<LogEntry> events(SessionRecord record) throws IOException {
        return LogReader.read(record.log());
    }

    private SessionRecord read(String id, Path log) throws IOException {
        Path recap = log.resolveSibling(RECAP_FILE);
        Optional<Path> recapFile = Files.isRegularFile(recap) ? Optional.of(recap) : Optional.empty();
        LogVerificationReport report = SessionLogVerifier.report(log, Optional.empty());
        LogVerification verification = report.verdict();
        // Not closed because this console is still writing it, not because it stopped mid-session (decision 0050).
        boolean running = verification instanceof LogVerification.NotClosed && own.open().contains(log);
        Integrity integrity = running ? Integrity.IN_PROGRESS : integrityOf(verification);
        String detail = running ? inProgress((LogVerification.NotClosed) verification) : verification.describe();
        List<LogEntry> entries;
        try {
            entries = LogReader.read(log);
        } catch (LogReader.LogFormatException e) {
            // Not a log any more: list it as altered, with what can still be said about it.
            Instant modified = Files.getLastModifiedTime(log).toInstant();
            return new SessionRecord(id, log, recapFile, modified, "", "", Duration.ZERO, 0, 0,
                    Integrity.BROKEN, verification.describe(), id, "");
        }
        SessionFacts facts = SessionFacts.of(entries);
        StringBuilder search = new StringBuilder(id).append('\n')
                .append(facts.customerName()).append('\n').append(facts.technician()).append('\n');
        // The timeline's own words, whole as it shows them (decision 0032).
        List<String> titles = LogEntryFormatter.wholeTitles(entries);
        for (int i = 0; i < entries.size(); i++) {
            LogEntry entry = entries.get(i);
            if (LogEventTypes.isSeal(entry.type())) {
                continue; // keys, hashes and signatures: random letters that would match any short word
            }
            // What the timeline shows, then every value as it was recorded: what a title does not say (an
            // action's result, a plan's steps) is found too.
            search.append(titles.get(i)).append('\n').append(entry.actor()).append(' ').append(entry.type());
            entry.details().keySet().forEach(key -> search.append(' ').append(key).append('=').append(entry.detail(key)));
            search.append('\n');
        }
        Instant date = facts.start().orElse(Files.getLastModifiedTime(log).toInstant());
        return new SessionRecord(id, log, recapFile, date, facts.customerName(), facts.technician(), facts.duration(),
                facts.requestedActionCount(), facts.consentDecisionCount(), integrity, detail,
                search.toString(), SessionRecord.endingOf(facts, own.signedHere(report.signer())));
    }

    private static String inProgress(LogVerification.NotClosed sofar) {
        return "in progress: this console is still recording it (" + sofar.lastGoodSeq() + " events so far)";
    }

    private static Integrity integrityOf(LogVerification verification) {
        if (verification instanceof LogVerification.Intact) {
            return Integrity.INTACT;
        }
        return verification instanceof LogVerification.NotClosed ? Integrity.NOT_CLOSED : Integrity.BROKEN;
    }

    /** Writes the technician's recap of a closed log next to it, so the session's entry in History carries it. */
    public static void writeRecapBeside(Path log) {
        try {
            String recap = new RecapGenerator().markdown(LogReader.read(log), SessionLogVerifier.verify(log),
                    RecapGenerator.Viewpoint.TECHNICIAN);
            Files.writeString(log.resolveSibling(RECAP_FILE), recap);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SessionHistory.class).warn("Could not write the recap of {}: {}", log, e.getMessage());
        }
    }
}
