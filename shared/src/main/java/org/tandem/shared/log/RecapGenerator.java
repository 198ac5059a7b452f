package org.tandem.shared.log;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.tandem.shared.log.SessionFacts.PlanStep;
import org.tandem.shared.session.SessionEnding;

/**
 * Writes the recap of a session in plain words, from the session log alone: who helped, when and
 * for how long, the plan and what became of each step, every permission asked and the answer (with
 * each pause in sharing the screen), what was done (each period the technician had control of the
 * mouse and keyboard, each action that ran and exactly how it ended), what was asked for and not done
 * without a question that says why, and what comes next. It is never typed by hand, so it says only
 * what the log says.
 *
 * <p>Each side keeps its own log, and each gets its own recap: the customer's copy speaks to the
 * customer ("you allowed it"), the technician's copy speaks of the customer ("the customer allowed
 * it") and says what the console knows of its own identity (the certificate it presented). Which
 * copy a log is, is read from the log itself ({@link Viewpoint#of}); a caller that knows may say so.
 */
public final class RecapGenerator {
    /** Whose copy of the session a recap is. */
    public enum Viewpoint {
        /** The customer's own log, and a recap that speaks to the customer. */
        CUSTOMER,
        /** The console's log, and a recap for the technician's records, read by the technician: "you". */
        TECHNICIAN,
        /**
         * The console's log, in a recap that leaves the console (saved from History): read by a colleague
         * or a manager, so it names the technician where the technician's own copy says "you" (decision 0046).
         */
        COLLEAGUE;

        /**
         * Whose log this is: the writer of its checkpoints and receipt (each side signs its own), or,
         * in a log too short to have one, whether a technician wrote any of it.
         */
        public static Viewpoint of(List<LogEntry> entries) {
            for (LogEntry entry : entries) {
                if (entry.type().equals(LogEventTypes.CHECKPOINT) || entry.type().equals(LogEventTypes.RECEIPT)) {
                    return entry.byTechnician() ? TECHNICIAN : CUSTOMER;
                }
            }
            return entries.stream().anyMatch(LogEntry::byTechnician) ? TECHNICIAN : CUSTOMER;
        }
    }

    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter clock;

    /** Times in the computer's own time zone. */
    public RecapGenerator() {
        this(ZoneId.systemDefault());
    }

    /** Times in {@code zone}. */
    public RecapGenerator(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH).withZone(zone);
        clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(zone);
    }

    /** The recap in Markdown, with a line saying whether the log was checked and found intact; whose copy, from the log. */
    public String markdown(List<LogEntry> entries, LogVerification integrity) {
        return markdown(entries, integrity, Viewpoint.of(entries));
    }

    /** The recap in Markdown of {@code viewpoint}'s copy, with the integrity line. */
    public String markdown(List<LogEntry> entries, LogVerification integrity, Viewpoint viewpoint) {
        return write(entries, Optional.of(integrity), viewpoint, MarkdownRecapWriter::new);
    }

    /** The recap in Markdown, for entries whose log was not checked; it says so. */
    public String markdown(List<LogEntry> entries) {
        return write(entries, Optional.empty(), Viewpoint.of(entries), MarkdownRecapWriter::new);
    }

    /** The recap as a self-contained HTML page, with the integrity line; whose copy, from the log. */
    public String html(List<LogEntry> entries, LogVerification integrity) {
        return html(entries, integrity, Viewpoint.of(entries));
    }

    /** The recap as a self-contained HTML page of {@code viewpoint}'s copy, with the integrity line. */
    public String html(List<LogEntry> entries, LogVerification integrity, Viewpoint viewpoint) {
        return write(entries, Optional.of(integrity), viewpoint, HtmlRecapWriter::new);
    }

    /** The recap as a self-contained HTML page, for entries whose log was not checked; it says so. */
    public String html(List<LogEntry> entries) {
        return write(entries, Optional.empty(), Viewpoint.of(entries), HtmlRecapWriter::new);
    }

    private String write(List<LogEntry> entries, Optional<LogVerification> integrity, Viewpoint viewpoint,
            Supplier<RecapWriter> form) {
        Objects.requireNonNull(viewpoint, "viewpoint");
        SessionFacts facts = SessionFacts.of(entries);
        RecapWords words = switch (viewpoint) {
            case CUSTOMER -> RecapWords.TO_CUSTOMER;
            case TECHNICIAN -> RecapWords.FOR_TECHNICIAN;
            case COLLEAGUE -> RecapWords.FOR_COLLEAGUE;
        };
        RecapWriter out = form.get();
        Optional<SessionEnding> notStarted = SessionEnding.fromCode(facts.ending().how())
                .filter(how -> how == SessionEnding.CUSTOMER_DECLINED || how == SessionEnding.CUSTOMER_DID_NOT_ANSWER);
        if (viewpoint == Viewpoint.CUSTOMER && notStarted.isPresent()) {
            return notStarted(facts, notStarted.get(), integrity, out);
        }
        out.title(facts.start().map(start -> words.title + " on " + day.format(start)).orElse(words.title));
        if (!facts.customerName().isEmpty()) {
            out.field(words.customerLabel, facts.customerName());
        }
        out.field(words.helperLabel, helper(facts));
        facts.start().ifPresent(start -> out.field("When", day.format(start) + ", " + clock.format(start)
                + " to " + clock.format(facts.end().orElse(start)) + " (" + zone.getId() + ")"));
        out.field("How long", words(facts.duration()));
        if (!facts.session().isEmpty()) {
            out.field("Session", facts.session());
        }
        plan(facts, out);
        new RecapQuestions(clock).write(facts, words, out);
        RecapDone done = new RecapDone(clock);
        done.write(facts, words, out);
        done.writeNotDone(facts, words, out);
        out.heading("Messages");
        if (facts.chat().isEmpty()) {
            out.paragraph("No chat messages were exchanged.");
        } else {
            facts.chat().forEach(message -> out.item(clock.format(message.at()) + " " + author(message, facts, viewpoint)
                    + ": " + keptLines(message.text())));
        }
        interruptions(facts, viewpoint, out);
        ending(facts, viewpoint, out);
        if (viewpoint != Viewpoint.CUSTOMER && !facts.notes().isEmpty()) {
            out.heading(viewpoint == Viewpoint.TECHNICIAN ? "Your private notes"
                    : "Private notes of " + RecapWords.technician(facts));
            facts.notes().forEach(note -> out.item(clock.format(note.at()) + " " + oneLine(note.text())));
        }
        if (!facts.errors().isEmpty()) {
            out.heading("Problems along the way");
            facts.errors().forEach(error -> out.item(error.isEmpty() ? "An error without a description." : error));
        }
        out.heading("What comes next");
        SessionFacts.Ending ending = facts.ending();
        if (ending.followUpRequested()) {
            String who = viewpoint == Viewpoint.CUSTOMER ? "You asked to be contacted again" : "The customer asked to be contacted again";
            out.paragraph(who + (ending.followUpWhen().isEmpty() ? "" : ": " + oneLine(ending.followUpWhen()))
                    + (ending.followUpNote().isEmpty() ? "." : " — “" + oneLine(ending.followUpNote()) + "”."));
        }
        boolean cutShort = SessionEnding.fromCode(ending.how()).filter(SessionEnding::failure).isPresent();
        out.paragraph(!facts.next().isEmpty() ? facts.next()
                : (cutShort ? words.cutShortNext : words.nothingNext)
                        + (facts.session().isEmpty() ? "." : " and mention session " + facts.session() + "."));
        out.footer(integrity.map(RecapGenerator::integrityLine)
                .orElse("This record was not checked for changes."));
        return out.text();
    }

    /**
     * The customer's copy of a session they did not start: nothing was shared or done, so there is
     * nothing to recap; only who asked, when, and that nothing came of it.
     */
    private String notStarted(SessionFacts facts, SessionEnding how, Optional<LogVerification> integrity, RecapWriter out) {
        out.title(facts.start().map(start -> "A support session you did not start, " + day.format(start))
                .orElse("A support session you did not start"));
        out.field("Who asked to help you", helper(facts));
        facts.start().ifPresent(start -> out.field("When", day.format(start) + ", " + clock.format(start)
                + " (" + zone.getId() + ")"));
        if (!facts.session().isEmpty()) {
            out.field("Session", facts.session());
        }
        out.paragraph(how == SessionEnding.CUSTOMER_DECLINED ? "You did not start the session; nothing was shared."
                : "You did not answer, so the session did not start; nothing was shared.");
        out.footer(integrity.map(RecapGenerator::integrityLine).orElse("This record was not checked for changes."));
        return out.text();
    }

    /** Each time the connection dropped, when it came back (or that it did not), in this side's words. */
    private void interruptions(SessionFacts facts, Viewpoint viewpoint, RecapWriter out) {
        if (facts.interruptions().isEmpty()) {
            return;
        }
        boolean customer = viewpoint == Viewpoint.CUSTOMER;
        out.heading("When the connection dropped");
        for (SessionFacts.Interruption drop : facts.interruptions()) {
            String how = SessionEnding.fromCode(drop.how()).filter(kind -> kind != SessionEnding.CONNECTION_LOST)
                    .map(kind -> " (" + kind.label() + ")").orElse("");
            String dropped = clock.format(drop.lost()) + (customer ? " The connection to your technician dropped"
                    : " The connection to the customer dropped") + how;
            out.item(drop.back().map(back -> dropped + " and came back at " + clock.format(back) + (customer
                    ? ". Meanwhile your technician could not see or control your computer, and control needed a new yes"
                            + " from you."
                    : "; control had to be asked for again."))
                    .orElse(dropped + " and did not come back."));
        }
    }

    /** Which way the session ended, in this side's words; "Is everything working now?" and the rating. */
    private static void ending(SessionFacts facts, Viewpoint viewpoint, RecapWriter out) {
        SessionFacts.Ending ending = facts.ending();
        boolean customer = viewpoint == Viewpoint.CUSTOMER;
        Optional<SessionEnding> how = SessionEnding.fromCode(ending.how());
        if (how.isEmpty() && !ending.checkAsked() && ending.stars() == 0) {
            return;
        }
        out.heading("How it ended");
        how.ifPresent(kind -> out.item(viewpoint == Viewpoint.COLLEAGUE
                ? RecapWords.FOR_COLLEAGUE.named(kind.toTechnician(), facts) : kind.to(customer)));
        if (ending.checkAsked()) {
            String answer = switch (ending.workingAnswer()) {
                case "yes" -> customer ? "you said yes" : "the customer said yes";
                case "no" -> customer ? "you said no" : "the customer said no";
                case "no answer" -> "nobody answered";
                // Closed before an answer (decision 0031): why, in the words of the side that kept the log.
                case JournalEvent.WorkingCheckAnswered.NOT_ANSWERED -> ending.workingReason().isEmpty() ? "not answered"
                        : "not answered: " + ending.workingReason();
                default -> "no answer was recorded";
            };
            out.item(sentence("Is everything working now? — " + answer));
        }
        if (ending.stars() > 0) {
            out.item((customer ? "Your rating: " : "The customer's rating: ") + ending.stars() + " of 5"
                    + (ending.comment().isEmpty() ? "." : " — “" + oneLine(ending.comment()) + "”."));
        }
    }

    /** Who wrote a chat message, as this copy names them. */
    private static String author(SessionFacts.ChatEntry message, SessionFacts facts, Viewpoint viewpoint) {
        boolean technician = message.byTechnician();
        if (viewpoint == Viewpoint.CUSTOMER) {
            return technician ? (facts.technician().isEmpty() ? "Technician" : facts.technician()) : "You";
        }
        String you = viewpoint == Viewpoint.COLLEAGUE ? RecapWords.technician(facts) : "You";
        return technician ? you : (facts.customerName().isEmpty() ? "Customer" : facts.customerName());
    }

    /** A message as its writer broke it into lines, each on one line, without blank lines: for an item of the recap. */
    private static String keptLines(String text) {
        return text.lines().map(RecapGenerator::oneLine).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Text on one line, for an item of the recap. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String helper(SessionFacts facts) {
        String name = facts.technician().isEmpty() ? "A technician" : facts.technician();
        String of = facts.organisation().isEmpty() ? name : name + " of " + facts.organisation();
        return switch (facts.identity()) {
            case VERIFIED -> of + " (verified)";
            case CERTIFICATE_PRESENTED -> of + " (certificate presented)";
            case NO_CERTIFICATE -> name + " (no certificate presented)";
            case NOT_VERIFIED, NOT_RECORDED -> name + " (their organisation was not verified)";
        };
    }

    private static void plan(SessionFacts facts, RecapWriter out) {
        out.heading("The plan");
        if (facts.plan().isEmpty()) {
            out.paragraph("No plan was recorded.");
            return;
        }
        for (PlanStep step : facts.plan()) {
            out.item(step.status().isEmpty() ? step.title() : step.title() + ": " + step.status());
        }
    }

    /** "Uninstall a program" reads "uninstall a program" after "permission to"; "VLC …" stays as it is. */
    static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String integrityLine(LogVerification integrity) {
        if (integrity instanceof LogVerification.NotClosed notClosed) {
            return "This record was checked and is intact up to event " + notClosed.lastGoodSeq()
                    + ", but it was not closed properly, so its end may be missing.";
        }
        if (integrity instanceof LogVerification.Broken broken) {
            return "Warning: this record was altered after it was written (line " + broken.lineNumber() + ": "
                    + broken.reason() + "). Do not rely on it.";
        }
        return "This record was checked and is intact.";
    }

    /** The text with a full stop, unless it ends in one already. */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    /** "42 minutes", "1 hour 5 minutes", "under a minute". */
    static String words(Duration duration) {
        long minutes = (duration.getSeconds() + 30) / 60;
        if (minutes == 0) {
            return "under a minute";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        String hourText = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String minuteText = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return (hourText + " " + minuteText).strip();
    }
}
