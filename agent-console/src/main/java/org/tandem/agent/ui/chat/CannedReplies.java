package org.tandem.agent.ui.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.message.ControlMessage;

/**
 * The technician's canned replies, one a line in a text file in the console's data folder
 * ({@code canned-replies.txt}), so they can be edited in the console or in any editor. Blocking: call
 * off the FX thread.
 */
public final class CannedReplies {
    public static final String FILE = "canned-replies.txt";
    /** The replies a console starts with, in the technician's language. */
    static final List<String> DEFAULTS = List.of(Texts.get("canned.default.1"), Texts.get("canned.default.2"),
            Texts.get("canned.default.3"), Texts.get("canned.default.4"), Texts.get("canned.default.5"));

    private final Path file;

    public CannedReplies(Path file) {
        this.file = file;
    }

    /** The replies; the defaults when the file does not exist yet. */
    public List<String> load() throws IOException {
        if (!Files.exists(file)) {
            return DEFAULTS;
        }
        return clean(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Writes the replies (blank lines dropped), replacing the file at once so a crash never leaves half of it. */
    public List<String> save(List<String> replies) throws IOException {
        List<String> kept = clean(replies);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.write(temporary, kept, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    private static List<String> clean(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> line.length() <= ControlMessage.ChatSent.MAX_TEXT).toList();
    }
}
