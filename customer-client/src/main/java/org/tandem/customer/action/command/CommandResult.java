package org.tandem.customer.action.command;

import java.util.List;
import java.util.Objects;
import org.tandem.customer.action.ActionReport;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * How a command ended.
 *
 * @param ending whether it exited by itself or was stopped
 * @param exitStatus its exit status; for a stopped command, whatever the system reported
 * @param lastLines the last lines of its output (standard output and error together), each cut to a
 *     bounded length
 * @param totalLines how many lines it printed in all
 */
public record CommandResult(Ending ending, int exitStatus, List<String> lastLines, long totalLines) {

    /** How a command came to end. */
    public enum Ending {
        /** It exited by itself; see the exit status. */
        EXITED,
        /** It ran longer than its timeout and its process tree was ended. */
        TIMED_OUT,
        /** It was cancelled and its process tree was ended. */
        CANCELLED
    }

    public CommandResult {
        Objects.requireNonNull(ending, "ending");
        lastLines = List.copyOf(lastLines);
        if (totalLines < lastLines.size()) {
            throw new IllegalArgumentException("totalLines is less than the lines kept");
        }
    }

    /** Exited by itself with status 0. */
    public boolean succeeded() {
        return ending == Ending.EXITED && exitStatus == 0;
    }

    /**
     * The report of this run: its exit status and last lines. A command that was stopped ends
     * {@link Outcome#CANCELLED} or {@link Outcome#TIMED_OUT}, whatever the caller thought of it, and with
     * no exit status: what a stopped process leaves (0 included) never reads as how it exited.
     */
    public ActionReport report(Outcome outcome, String summary, ActionTable table) {
        return new ActionReport(outcome(outcome), reportedExitStatus(), summary, lastLines, omittedLines(), table);
    }

    /** The exit status to report: {@link ActionResult#NO_EXIT_STATUS} for a command that was stopped. */
    public int reportedExitStatus() {
        return ending == Ending.EXITED ? exitStatus : ActionResult.NO_EXIT_STATUS;
    }

    /** {@code ifExited} when the command exited by itself; otherwise how it was stopped. */
    public Outcome outcome(Outcome ifExited) {
        return switch (ending) {
            case EXITED -> ifExited;
            case CANCELLED -> Outcome.CANCELLED;
            case TIMED_OUT -> Outcome.TIMED_OUT;
        };
    }

    /**
     * How {@code program} ended, in words: "dpkg ended with status 1", or, for a command that was stopped,
     * that it was, with no status (what a stopped process leaves says nothing of how it would have ended).
     */
    public String endedWords(String program) {
        return switch (ending) {
            case EXITED -> program + " ended with status " + exitStatus;
            case TIMED_OUT -> program + " did not finish in time and was stopped";
            case CANCELLED -> program + " was stopped";
        };
    }

    /** Lines printed before the last ones, counted but not kept. */
    public int omittedLines() {
        return (int) Math.min(Integer.MAX_VALUE, totalLines - lastLines.size());
    }
}
