package org.tandem.customer.action.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines of a command's output, at most {@code capacity} of them, with a count of all it
 * printed. Memory stays bounded however much the command prints. Safe for use from two threads.
 */
public final class BoundedLines {
    /** Longest line kept; the rest of a longer line is dropped. */
    public static final int MAX_LINE_CHARS = 8192;
    /** Lines kept by default, what a result can carry. */
    public static final int DEFAULT_CAPACITY = 200;
    /** Characters of each kept line, what a result can carry. */
    public static final int KEPT_LINE_CHARS = 300;

    private final int capacity;
    private final ArrayDeque<String> lines;
    private long total;

    public BoundedLines(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(capacity);
    }

    public synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line.length() > KEPT_LINE_CHARS ? line.substring(0, KEPT_LINE_CHARS) : line);
        total++;
    }

    public synchronized List<String> last() {
        return new ArrayList<>(lines);
    }

    public synchronized long total() {
        return total;
    }
}
