package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word the console asks its bundle for is there, so no screen shows a missing key. */
class TextsTest {
    private static final Pattern KEY = Pattern.compile("Texts\\.(?:get|format)\\(\"([^\"]+)\"|(?:toggle|heading|tab|column)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    @Test
    void everyKeyInTheSourcesIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.tandem.agent.ui.Console", Locale.ENGLISH);
        List<String> used;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "org", "tandem", "agent", "ui"))) {
            used = files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    Matcher keys = KEY.matcher(Files.readString(file));
                    return keys.results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().toList();
        }
        assertTrue(used.size() > 100, "the keys are found: " + used.size());
        assertEquals(List.of(), used.stream().filter(key -> !bundle.containsKey(key)).toList());
        assertEquals("Session code for Alice — read it to them", Texts.format("code.captionFor", "Alice"));
    }
}
