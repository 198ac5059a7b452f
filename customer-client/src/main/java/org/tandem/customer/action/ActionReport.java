package org.tandem.customer.action;

import java.util.List;
import java.util.Objects;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * What an action says about how its run ended, before the engine fits it into an
 * {@link ActionResult} for the wire. Lines may be of any number and length here; the engine keeps
 * the last ones that fit.
 */
public record ActionReport(Outcome outcome, int exitStatus, String summary, List<String> lines, int omittedLines,
        ActionTable table) {

    public ActionReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        lines = List.copyOf(lines);
        if (omittedLines < 0) {
            throw new IllegalArgumentException("omittedLines must not be negative");
        }
        Objects.requireNonNull(table, "table");
    }

    /** Done, without running a command. */
    public static ActionReport succeeded(String summary, ActionTable table) {
        return new ActionReport(Outcome.SUCCEEDED, 0, summary, List.of(), 0, table);
    }

    /** Done, without running a command, with some lines to show. */
    public static ActionReport succeeded(String summary, List<String> lines) {
        return new ActionReport(Outcome.SUCCEEDED, 0, summary, lines, 0, ActionTable.EMPTY);
    }

    /**
     * Stopped before it was done (by whoever; the engine says who): no exit status, since nothing ran to its
     * end, with what it did or found by then.
     */
    public static ActionReport stopped(String summary, List<String> lines, ActionTable table) {
        return new ActionReport(Outcome.CANCELLED, ActionResult.NO_EXIT_STATUS, summary, lines, 0, table);
    }

    /** Not done, and no command ran to the end. */
    public static ActionReport failed(String summary) {
        return new ActionReport(Outcome.FAILED, ActionResult.NO_EXIT_STATUS, summary, List.of(), 0, ActionTable.EMPTY);
    }
}
