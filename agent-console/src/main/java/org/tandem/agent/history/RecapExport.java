package org.tandem.agent.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;

/**
 * Saves the technician's recap of a session from the console's own log, for whoever reads it next: it names
 * the technician where the console's own recap says "you" (decision 0046). HTML when the file's name
 * ends in {@code .html} or {@code .htm}, Markdown otherwise. The log is verified again first, so the
 * recap's integrity line is current. Blocking: call off the FX thread.
 */
public final class RecapExport {
    private final RecapGenerator recaps;

    public RecapExport(ZoneId zone) {
        this.recaps = new RecapGenerator(zone);
    }

    /** The name a saved recap is offered under: the session's id, from its folder. */
    public static String fileNameFor(Path log) {
        Path folder = log.toAbsolutePath().getParent();
        return "recap-" + (folder == null ? "session" : folder.getFileName()) + ".md";
    }

    /** Writes the recap of the session logged in {@code log} to {@code target}, and returns {@code target}. */
    public Path write(Path log, Path target) throws IOException {
        boolean html = target.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?");
        LogVerification integrity = SessionLogVerifier.verify(log);
        List<LogEntry> entries = LogReader.read(log);
        String recap = html ? recaps.html(entries, integrity, RecapGenerator.Viewpoint.COLLEAGUE)
                : recaps.markdown(entries, integrity, RecapGenerator.Viewpoint.COLLEAGUE);
        Files.writeString(target, recap, StandardCharsets.UTF_8);
        return target;
    }
}
