package org.tandem.shared.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How one requested action ended.
 *
 * @param outcome how it ended
 * @param exitStatus the exit status of the command it ran, 0 for an action done without a command,
 *     or {@link #NO_EXIT_STATUS} when nothing ran to the end
 * @param summary one or two sentences in plain words
 * @param lines the last lines of its output, at most {@link #MAX_LINES} of at most
 *     {@link #MAX_LINE} characters
 * @param omittedLines how many earlier lines were left out
 * @param table structured rows, for actions that list things; {@link ActionTable#EMPTY} otherwise
 */
public record ActionResult(String requestId, Outcome outcome, int exitStatus, String summary, List<String> lines,
        int omittedLines, ActionTable table) {
    public static final int NO_EXIT_STATUS = -1;
    public static final int MAX_LINES = 200;
    public static final int MAX_LINE = 300;
    public static final int MAX_SUMMARY = 500;

    /** How an action ended. */
    public enum Outcome {
        /** It ran and did what it said. */
        SUCCEEDED,
        /** It ran, or was refused before running, and did not do what it said; the summary says why. */
        FAILED,
        /** The customer said no; nothing ran. */
        DENIED,
        /** Nobody answered in time, or it ran longer than allowed and was stopped. */
        TIMED_OUT,
        /**
         * The technician or the customer stopped it, or its question closed before the customer answered
         * (withdrawn, sharing stopped, the session ended); the summary says which.
         */
        CANCELLED,
        /** This computer does not offer it. */
        UNAVAILABLE;

        /** The outcome as the session log's {@code outcome} says it: "success", "failure", "not allowed", … */
        public String word() {
            return switch (this) {
                case SUCCEEDED -> "success";
                case FAILED -> "failure";
                case DENIED -> "not allowed";
                case TIMED_OUT -> "timed out";
                case CANCELLED -> "cancelled";
                case UNAVAILABLE -> "not available";
            };
        }
    }

    public ActionResult {
        ActionText.requestId(requestId);
        Objects.requireNonNull(outcome, "outcome");
        ActionText.prose(summary, MAX_SUMMARY, "summary");
        Objects.requireNonNull(lines, "lines");
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("More than " + MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
        lines.forEach(line -> ActionText.line(line, MAX_LINE, "line"));
        if (omittedLines < 0) {
            throw new IllegalArgumentException("omittedLines must not be negative");
        }
        Objects.requireNonNull(table, "table");
        int chars = summary.length() + lines.stream().mapToInt(String::length).sum() + table.chars();
        if (chars > ActionText.MESSAGE_BUDGET) {
            throw new IllegalArgumentException("Result holds more than " + ActionText.MESSAGE_BUDGET + " characters");
        }
    }

    /** A result with no output and no table, such as for an action that never ran. */
    public static ActionResult of(String requestId, Outcome outcome, String summary) {
        return new ActionResult(requestId, outcome, NO_EXIT_STATUS, summary, List.of(), 0, ActionTable.EMPTY);
    }

    /**
     * A result made to fit: summary and lines are cleaned and cut, and the earliest lines are dropped
     * (and counted) until everything fits next to the table. The table is kept as it is; make it with
     * {@link ActionTable#fitting} and leave room for the lines.
     */
    public static ActionResult fitted(String requestId, Outcome outcome, int exitStatus, String summary,
            List<String> lines, int omittedLines, ActionTable table) {
        String cleanSummary = ActionText.clean(summary, MAX_SUMMARY).strip();
        int room = ActionText.MESSAGE_BUDGET - cleanSummary.length() - table.chars();
        List<String> kept = new ArrayList<>();
        int omitted = omittedLines;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = ActionText.clean(lines.get(i), MAX_LINE);
            if (kept.size() == MAX_LINES || line.length() > room) {
                omitted += i + 1;
                break;
            }
            room -= line.length();
            kept.add(line);
        }
        Collections.reverse(kept);
        return new ActionResult(requestId, outcome, exitStatus, cleanSummary, kept, omitted, table);
    }
}
