package org.tandem.shared.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a session log for showing it, without judging it: that is {@link SessionLogVerifier}'s job,
 * and an altered log must still be readable to see what was altered. A last line without its
 * newline is left out, as the verifier leaves it out.
 */
public final class LogReader {
    private LogReader() {}

    /**
     * The events of the log, in file order.
     *
     * @throws LogFormatException when a line is not an event at all
     */
    public static List<LogEntry> read(Path file) throws IOException {
        List<LogEntry> entries = new ArrayList<>();
        long lineNumber = 0;
        for (byte[] bytes : LogLines.read(file).lines()) {
            lineNumber++;
            try {
                JsonNode event = CanonicalJson.parse(LogLines.decode(bytes));
                for (String field : LogEvents.FIELDS) {
                    if (event.get(field) == null) {
                        throw new IllegalArgumentException("missing field " + field);
                    }
                }
                if (!event.get(LogEvents.DETAILS).isObject()) {
                    throw new IllegalArgumentException("details is not a JSON object");
                }
                entries.add(LogEntry.of(event));
            } catch (IOException | RuntimeException e) {
                throw new LogFormatException(file + ", line " + lineNumber + ": not a log event (" + e.getMessage() + ")", e);
            }
        }
        return entries;
    }

    /** A line of the file is not a session log event. */
    public static final class LogFormatException extends IOException {
        private static final long serialVersionUID = 1L;

        LogFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
