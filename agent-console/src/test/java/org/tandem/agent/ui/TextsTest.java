package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.agent.ui.history.HistoryFilter;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.testing.WordsInCode;

/**
 * The console takes its words from its bundle: no screen writes words of its own, and every word it
 * asks the bundle for is there, so no screen shows a missing key.
 */
class TextsTest {
    private static final Path UI = Path.of("src", "main", "java", "org", "tandem", "agent", "ui");
    /** Keys handed to the console's helpers that look words up: {@code Texts.get("plan.add")}, {@code tab("tab.plan")}. */
    private static final Pattern USED = Pattern.compile("Texts\\.(?:get|format)\\(\"([^\"]+)\"|(?:toggle|heading|tab|column)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.tandem.agent.ui.Console", Locale.ENGLISH);

    @Test
    void noScreenWritesWordsOfItsOwn() {
        List<String> found = new ArrayList<>();
        for (Path file : WordsInCode.sources(UI)) {
            WordsInCode.wordsIn(WordsInCode.codeOf(file)).forEach(words -> found.add(file.getFileName() + ":" + words));
        }
        assertEquals(List.of(), found, "words to move into Console.properties");
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
                System.out.println("Session code: " + code); // read by scripts
                """;

        assertEquals(List.of("1 \"Close\"", "2 \"Run the chosen action\"", "3 \"Paused: \""), WordsInCode.wordsIn(screen));
    }

    @Test
    void everyKeyInTheSourcesIsInTheBundle() {
        Set<String> used = new TreeSet<>();
        for (Path file : WordsInCode.sources(UI)) {
            String code = WordsInCode.codeOf(file);
            USED.matcher(code).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).forEach(used::add);
            used.addAll(WordsInCode.keysIn(code, bundle));
        }
        assertTrue(used.size() > 150, "the keys are found: " + used.size());
        assertEquals(List.of(), WordsInCode.missingFrom(bundle, used, TextsTest::completed));
        assertEquals("Session code for Alice — read it to them", Texts.format("code.captionFor", "Alice"));
        assertEquals("In control (Ctrl+Shift+F12 gives it back)", Texts.format("control.state.inControl", "Ctrl+Shift+F12"));
    }

    /** The keys a prefix completed at run time can become. */
    private static List<String> completed(String prefix) {
        Stream<? extends Enum<?>> values = switch (prefix) {
            case "actions.risk." -> Stream.of(ActionRisk.values());
            case "history.filter." -> Stream.of(HistoryFilter.values());
            case "plan.state." -> Stream.of(org.tandem.shared.conversation.StepState.values());
            case "special." -> Stream.of(RemoteInputCapture.SpecialKeys.values());
            default -> throw new AssertionError("Say what completes the key " + prefix);
        };
        return values.map(value -> prefix + value.name()).toList();
    }
}
