package org.tandem.shared.log;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.tandem.shared.log.SessionFacts.ActionRecord;
import org.tandem.shared.log.SessionFacts.ControlPeriod;

/**
 * The parts of a recap that tell what was done on the customer's computer, in time order: each period
 * in which the technician controlled the mouse and keyboard, and each action that ran, at the time it
 * started (after the customer's yes), with exactly how it ended; then what was not done: each request that did not run and whose question does not
 * tell why ({@link SessionFacts#notDone}), with why, and whether the customer was asked at all. A
 * request the customer refused, did not answer, or that was withdrawn is told with its question
 * ({@link RecapQuestions}).
 */
final class RecapDone {
    private final DateTimeFormatter clock;

    RecapDone(DateTimeFormatter clock) {
        this.clock = clock;
    }

    void write(SessionFacts facts, RecapWords words, RecapWriter out) {
        out.heading("What was done");
        // In the order things happened: an action at its start, which for a scan or a change is after the yes.
        List<ActionRecord> ran = facts.actions().stream().filter(ActionRecord::ran)
                .sorted(Comparator.comparing(action -> action.when().orElse(Instant.MIN))).toList();
        Deque<ControlPeriod> control = new ArrayDeque<>(facts.control());
        if (ran.isEmpty() && control.isEmpty()) {
            out.paragraph(facts.actions().isEmpty() ? words.noActions : words.noActionsRun());
            return;
        }
        for (ActionRecord action : ran) {
            if (action.when().isPresent()) {
                while (!control.isEmpty() && !control.peek().from().isAfter(action.when().get())) {
                    out.item(control(control.poll(), facts, words));
                }
            }
            String what = action.described();
            String time = action.when().map(clock::format).map(t -> t + " ").orElse("");
            out.item(time + RecapGenerator.sentence(what + " — " + ending(action, words)));
        }
        control.forEach(period -> out.item(control(period, facts, words)));
        if (ran.isEmpty()) {
            out.paragraph(words.nothingElseRun());
        }
    }

    /**
     * "05:21 Your technician asked to uninstall a program called “nano” — failed: No program called “nano”
     * is installed on this computer. You were not asked about it."; nothing when every request ran or
     * is told with its question.
     */
    void writeNotDone(SessionFacts facts, RecapWords words, RecapWriter out) {
        List<ActionRecord> notDone = facts.notDone();
        if (notDone.isEmpty()) {
            return;
        }
        out.heading("What was not done");
        for (ActionRecord action : notDone) {
            String what = RecapGenerator.lowerFirst(action.action().isEmpty() ? "Do something that was not described"
                    : ActionWords.named(action.action(), action.parameters(), action.listedAs()));
            String time = action.requested().map(clock::format).map(t -> t + " ").orElse("");
            // A look needs no question of its own; a scan or a change does, and this one never came to it,
            // which is said unless its ending already says so ("…before you were asked…", decision 0051).
            String ended = ending(action, words);
            boolean unasked = facts.consentFor(action).isEmpty() && !"read".equals(action.risk())
                    && !ended.contains(" were asked") && !ended.contains(" was asked");
            out.item(time + RecapGenerator.sentence(words.askedTo(facts) + what + " — " + ended)
                    + (unasked ? " " + words.notAsked() : ""));
        }
    }

    /** "05:19–05:21 Dana Scully controlled your mouse and keyboard for 3 minutes (they gave it back)." */
    private String control(ControlPeriod period, SessionFacts facts, RecapWords words) {
        String from = clock.format(period.from());
        String to = clock.format(period.to());
        return (from.equals(to) ? from : from + "–" + to) + " " + words.named(ControlWords.period(facts.technician(),
                period.length(), period.end(), words == RecapWords.TO_CUSTOMER), facts);
    }

    /**
     * How an action ended, in words: "done: …", "failed: …", "not available: …", "nobody answered". The
     * customer's copy gives the result in the words the customer was told, where those differ.
     */
    static String ending(ActionRecord action, RecapWords words) {
        String result = words == RecapWords.TO_CUSTOMER && !action.toCustomer().isEmpty() ? action.toCustomer()
                : action.result();
        if (!action.finished()) {
            return action.started() ? "it was started, but no result was recorded" : "no result was recorded";
        }
        return switch (action.status()) {
            case "SUCCEEDED" -> withResult("done", result);
            case "FAILED" -> withResult("failed", result);
            case "DENIED" -> withResult("not allowed", result);
            case "TIMED_OUT" -> action.started() ? withResult("stopped because it took too long", result)
                    : "nobody answered";
            case "CANCELLED" -> withResult("cancelled", result);
            case "UNAVAILABLE" -> withResult("not available", result);
            case "" -> switch (action.outcome()) {
                // Logs written before the exact status was recorded.
                case "success" -> withResult("done", result);
                case "failure" -> withResult("failed", result);
                default -> withResult(action.outcome().isEmpty() ? "finished" : action.outcome(), result);
            };
            default -> withResult(action.status().toLowerCase(Locale.ROOT).replace('_', ' '), result);
        };
    }

    private static String withResult(String ending, String result) {
        return result.isEmpty() ? ending : ending + ": " + result;
    }
}
