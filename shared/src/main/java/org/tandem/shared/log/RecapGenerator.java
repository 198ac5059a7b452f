package org.tandem.shared.log;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.tandem.shared.log.SessionFacts.ActionRecord;
import org.tandem.shared.log.SessionFacts.ConsentDecision;
import org.tandem.shared.log.SessionFacts.PlanStep;

/**
 * Writes the recap a customer gets after a session, in plain words, from the session log alone:
 * who helped, when and for how long, the plan and what became of each step, every permission
 * asked and the answer, every action and its result, and what comes next. It is never typed by
 * hand, so it says only what the log says.
 */
public final class RecapGenerator {
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

    /** The recap in Markdown, with a line saying whether the log was checked and found intact. */
    public String markdown(List<LogEntry> entries, LogVerification integrity) {
        return write(entries, Optional.of(integrity), MarkdownRecapWriter::new);
    }

    /** The recap in Markdown, for entries whose log was not checked; it says so. */
    public String markdown(List<LogEntry> entries) {
        return write(entries, Optional.empty(), MarkdownRecapWriter::new);
    }

    /** The recap as a self-contained HTML page, with the integrity line. */
    public String html(List<LogEntry> entries, LogVerification integrity) {
        return write(entries, Optional.of(integrity), HtmlRecapWriter::new);
    }

    /** The recap as a self-contained HTML page, for entries whose log was not checked; it says so. */
    public String html(List<LogEntry> entries) {
        return write(entries, Optional.empty(), HtmlRecapWriter::new);
    }

    private String write(List<LogEntry> entries, Optional<LogVerification> integrity, Supplier<RecapWriter> form) {
        SessionFacts facts = SessionFacts.of(entries);
        RecapWriter out = form.get();
        out.title(facts.start().map(start -> "Your support session on " + day.format(start)).orElse("Your support session"));
        if (!facts.customerName().isEmpty()) {
            out.field("For", facts.customerName());
        }
        out.field("Who helped you", helper(facts));
        facts.start().ifPresent(start -> out.field("When", day.format(start) + ", " + clock.format(start)
                + " to " + clock.format(facts.end().orElse(start)) + " (" + zone.getId() + ")"));
        out.field("How long", words(facts.duration()));
        if (!facts.session().isEmpty()) {
            out.field("Session", facts.session());
        }
        plan(facts, out);
        consents(facts, out);
        actions(facts, out);
        out.heading("Messages");
        out.paragraph(facts.chatMessages() == 0 ? "No chat messages were exchanged."
                : facts.chatMessages() == 1 ? "1 chat message was exchanged."
                : facts.chatMessages() + " chat messages were exchanged.");
        if (!facts.errors().isEmpty()) {
            out.heading("Problems along the way");
            facts.errors().forEach(error -> out.item(error.isEmpty() ? "An error without a description." : error));
        }
        out.heading("What comes next");
        out.paragraph(!facts.next().isEmpty() ? facts.next()
                : "Nothing more is needed from you. If the problem comes back, start a new session"
                        + (facts.session().isEmpty() ? "." : " and mention session " + facts.session() + "."));
        out.footer(integrity.map(RecapGenerator::integrityLine)
                .orElse("This record was not checked for changes."));
        return out.text();
    }

    private static String helper(SessionFacts facts) {
        String name = facts.technician().isEmpty() ? "A technician" : facts.technician();
        return facts.organisation().isEmpty()
                ? name + " (their organisation was not verified)"
                : name + " of " + facts.organisation() + " (verified)";
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

    private void consents(SessionFacts facts, RecapWriter out) {
        out.heading("What you were asked to allow");
        if (facts.consents().isEmpty()) {
            out.paragraph("You were not asked for any permission.");
            return;
        }
        for (ConsentDecision consent : facts.consents()) {
            String purpose = consent.purpose().isEmpty() ? "do something that was not described" : consent.purpose();
            Instant when = consent.asked().or(consent::decided).orElseThrow();
            String line = switch (consent.decision()) {
                case GRANTED -> "Asked for permission to " + purpose + " — you allowed it";
                case DENIED -> "Asked for permission to " + purpose + " — you said no";
                case TIMED_OUT -> "Asked for permission to " + purpose + " — nobody answered in time, so it was not allowed";
                case UNANSWERED -> "Asked for permission to " + purpose + " — no answer was recorded";
                case REVOKED -> "You withdrew your permission to " + purpose;
            };
            out.item(clock.format(when) + " " + sentence(line));
        }
    }

    private void actions(SessionFacts facts, RecapWriter out) {
        out.heading("What was done");
        if (facts.actions().isEmpty()) {
            out.paragraph("No actions were carried out on your computer.");
            return;
        }
        for (ActionRecord action : facts.actions()) {
            String what = action.action().isEmpty() ? "An action" : action.action();
            String time = action.requested().map(clock::format).map(t -> t + " ").orElse("");
            String result;
            if (!action.result().isEmpty() || !action.outcome().isEmpty()) {
                String outcome = switch (action.outcome()) {
                    case "success" -> "it worked";
                    case "failure" -> "it did not work";
                    default -> action.outcome();
                };
                result = String.join(": ", List.of(outcome, action.result()).stream().filter(s -> !s.isEmpty()).toList());
            } else if (action.started()) {
                result = "it was started, but no result was recorded";
            } else {
                result = "it was asked for but not carried out";
            }
            out.item(time + sentence(what + " — " + result));
        }
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
    private static String sentence(String text) {
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
