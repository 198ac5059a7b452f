package org.tandem.shared.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** Short, readable forms of log events, for {@code tandem log show} and the console's history. */
public final class LogEntryFormatter {
    private static final int LONGEST_VALUE = 80;
    private final DateTimeFormatter time;

    /** Times in {@code zone}, to the second. */
    public LogEntryFormatter(ZoneId zone) {
        time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(zone);
    }

    /** One line: time, actor, type and the details in short. */
    public String line(LogEntry entry) {
        String details = details(entry);
        return String.format("%s  %-24s %-18s %s", time.format(entry.time()), entry.actor(), entry.type(), details).stripTrailing();
    }

    /**
     * The details in short: {@code key=value, …} with long values cut; checkpoints and receipts,
     * whose keys and signatures say nothing to a reader, in words.
     */
    public static String details(LogEntry entry) {
        if (entry.type().equals(LogEventTypes.CHECKPOINT)) {
            return ("true".equals(entry.detail("final")) ? "final, " : "") + "signed, covers events up to " + entry.detail("upTo");
        }
        if (entry.type().equals(LogEventTypes.RECEIPT)) {
            return "the other side's final checkpoint, covering their events up to " + entry.detail("upTo");
        }
        return entry.details().keySet().stream()
                .map(key -> key + "=" + shorten(entry.detail(key)))
                .collect(Collectors.joining(", "));
    }

    /** Who acted, for people: "Technician Dana Scully", "Customer", "Tandem". */
    public static String actor(LogEntry entry) {
        if (entry.byTechnician()) {
            return "Technician " + entry.technicianName();
        }
        return switch (entry.actor()) {
            case "customer" -> "Customer";
            case "system" -> "Tandem";
            default -> entry.actor();
        };
    }

    static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= LONGEST_VALUE ? oneLine : oneLine.substring(0, LONGEST_VALUE - 1) + "…";
    }
}
