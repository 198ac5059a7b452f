package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.shared.action.ActionRisk;

/**
 * The console takes its words from its bundle: no screen writes words of its own, and every word it
 * asks the bundle for is there, so no screen shows a missing key.
 */
class TextsTest {
    private static final Path UI = Path.of("src", "main", "java", "org", "tandem", "agent", "ui");
    private static final Pattern USED = Pattern.compile("Texts\\.(?:get|format)\\(\"([^\"]+)\"|(?:toggle|heading|tab|column)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A string that reads as words for a person: "Close", "R_un", "Paused: ", "View only". */
    private static final Pattern WORDS = Pattern.compile("^_?\\p{Lu}[\\p{Ll}_]+[^\\p{L}\\p{N}]*$|\\p{L}\\W* \\W*\\p{L}");
    /** Statements whose strings are for the log or a developer, not for a person. */
    private static final Pattern NOT_SHOWN = Pattern.compile("LOG\\.|Exception\\(|requireNonNull|getLogger|-fx-");
    /** A key of the bundle: "plan.add"; a prefix completed at run time ends in a dot: "actions.risk.". */
    private static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z]*(\\.[a-zA-Z0-9]+)+\\.?$");
    /** Names that stay the same in every language. */
    private static final Set<String> NAMES = Set.of("Tandem");
    /**
     * Screens whose words are still written in their code, to be moved into the bundle; the list can
     * only shrink (a file here that has no words left fails the test, so it is taken off).
     */
    private static final Set<String> NOT_YET_MOVED = Set.of("ConsoleApp.java", "ConsoleViewModel.java",
            "SessionButtons.java", "EndSessionConfirmation.java", "RemoteInputCapture.java", "WorkspaceLayoutStore.java",
            "CannedReplies.java", "HistoryFilter.java", "HistoryView.java", "HistoryViewModel.java", "HistoryWindow.java");

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.tandem.agent.ui.Console", Locale.ENGLISH);

    @Test
    void noScreenWritesWordsOfItsOwn() {
        List<String> found = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            List<String> words = wordsIn(withoutComments(read(file)));
            if (!NOT_YET_MOVED.contains(name)) {
                words.forEach(w -> found.add(name + ":" + w));
            } else if (words.isEmpty()) {
                moved.add(name);
            }
        }
        assertEquals(List.of(), found, "words to move into Console.properties");
        assertEquals(List.of(), moved, "screens whose words are all in the bundle now: take them off NOT_YET_MOVED");
    }

    @Test
    void theCheckFindsWordsLeftInAScreen() {
        String screen = """
                Button close = new Button("Close");
                run.setTooltip(new Tooltip(KeyboardShortcuts.tip("Run the chosen action", mnemonic('U'))));
                case PAUSED -> "Paused: " + detail;
                LOG.warn("Could not read {}: {}", file,
                        "the file is gone"); // the log, in English
                list.setId("shortcutsList");
                stage.setTitle(Texts.get("keys.windowTitle"));
                """;

        assertEquals(List.of("1 \"Close\"", "2 \"Run the chosen action\"", "3 \"Paused: \""), wordsIn(screen));
    }

    @Test
    void everyKeyInTheSourcesIsInTheBundle() {
        Set<String> prefixes = new TreeSet<>();
        Collections.list(bundle.getKeys()).forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> used = new TreeSet<>();
        for (Path file : sources()) {
            String code = withoutComments(read(file));
            USED.matcher(code).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).forEach(used::add);
            Matcher strings = STRING.matcher(code);
            while (strings.find()) {
                String text = strings.group(1);
                if (KEY.matcher(text).matches() && prefixes.contains(text.substring(0, text.indexOf('.') + 1))) {
                    used.add(text);
                }
            }
        }
        assertTrue(used.size() > 150, "the keys are found: " + used.size());
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (key.endsWith(".")) {
                completed(key).stream().filter(full -> !bundle.containsKey(full)).forEach(missing::add);
            } else if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("Session code for Alice — read it to them", Texts.format("code.captionFor", "Alice"));
        assertEquals("In control (Ctrl+Shift+F12 gives it back)", Texts.format("control.state.inControl", "Ctrl+Shift+F12"));
    }

    /** The keys a prefix completed at run time can become. */
    private static List<String> completed(String prefix) {
        Stream<? extends Enum<?>> values = switch (prefix) {
            case "actions.risk." -> Stream.of(ActionRisk.values());
            default -> throw new AssertionError("Say what completes the key " + prefix);
        };
        return values.map(value -> prefix + value.name()).toList();
    }

    /** "line \"words\"" for each string of {@code code} that reads as words for a person, outside log and error lines. */
    private static List<String> wordsIn(String code) {
        List<String> found = new ArrayList<>();
        // Whole statements, so a log call over two lines is known as one.
        int start = 0;
        for (int end : statementEnds(code)) {
            String statement = code.substring(start, end);
            if (!NOT_SHOWN.matcher(statement).find()) {
                Matcher strings = STRING.matcher(statement);
                while (strings.find()) {
                    String text = strings.group(1);
                    if (WORDS.matcher(text).find() && !KEY.matcher(text).matches() && !NAMES.contains(text)) {
                        int line = code.substring(0, start + strings.start()).split("\n", -1).length;
                        found.add(line + " \"" + text + "\"");
                    }
                }
            }
            start = end;
        }
        return found;
    }

    /** Where each statement or block of {@code code} ends: after each ; { or } outside a string. */
    private static List<Integer> statementEnds(String code) {
        List<Integer> ends = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && (c == ';' || c == '{' || c == '}')) {
                ends.add(i + 1);
            }
        }
        ends.add(code.length());
        return ends;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(UI)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without its comments, lines kept where they were. */
    private static String withoutComments(String code) {
        Matcher block = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(code);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            block.appendReplacement(out, Matcher.quoteReplacement("\n".repeat((int) block.group().chars()
                    .filter(c -> c == '\n').count())));
        }
        block.appendTail(out);
        return out.toString().replaceAll("(?m)//[^\n]*$", "");
    }
}
