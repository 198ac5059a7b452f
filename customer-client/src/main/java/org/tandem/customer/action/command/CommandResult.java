package org.tandem.customer.action.command;

import java.util.List;
import java.util.Objects;

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

    /** Lines printed before the last ones, counted but not kept. */
    public int omittedLines() {
        return (int) Math.min(Integer.MAX_VALUE, totalLines - lastLines.size());
    }
}
