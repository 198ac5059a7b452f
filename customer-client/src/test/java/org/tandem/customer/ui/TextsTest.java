package org.tandem.customer.ui;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.StepState;

/**
 * The customer's windows take every word from their bundle: no words written into a window's code,
 * and every key asked for is in the bundle.
 */
class TextsTest {
    private static final Path UI = Path.of("src", "main", "java", "org", "tandem", "customer", "ui");
    /** A string in the code that reads as words for a person: "Connect", "_End session", "Check code: ". */
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("^_?\\p{Lu}[\\p{Ll}_]+[^\\p{L}\\p{N}]*$|\\p{L}\\W* \\W*\\p{L}");
    /** Names that stay the same in every language. */
    private static final Set<String> NAMES = Set.of("Tandem");
    /** Statements whose strings are for the log or a developer, not for a person. */
    private static final Pattern NOT_SHOWN = Pattern.compile("LOG\\.|Exception\\(|requireNonNull|getLogger|-fx-");
    /** A key of the bundle: "recap.saveHtml"; a prefix completed at run time ends in a dot: "plan.state.". */
    private static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z]*(\\.[a-zA-Z0-9]+)+\\.?$");
    /** Files whose strings are not shown as text: font file names. */
    private static final Set<String> NO_WORDS_SHOWN = Set.of("RecapFontFiles.java");

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.tandem.customer.ui.messages", Locale.ENGLISH);

    @Test
    void noWindowHoldsWordsOfItsOwn() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (!NO_WORDS_SHOWN.contains(file.getFileName().toString())) {
                wordsIn(withoutComments(read(file))).forEach(words -> found.add(file.getFileName() + ":" + words));
            }
        }
        assertEquals(List.of(), found, "words to move into messages.properties");
    }

    @Test
    void theCheckFindsWordsLeftInAView() {
        String view = """
                Label title = new Label("Get help from your technician");
                connect.setTooltip(new Tooltip("Connect" ));
                Button allow = new Button(yesOrNo ? "_Yes" : Texts.get("consent.allow"));
                status.setText(waiting + " more questions are waiting.");
                LOG.warn("Could not connect to {}: {}", relay,
                        "the relay did not answer"); // the log, in English
                button.setId("connectButton");
                share.setId(prefix + "ShareButton");
                info.setCreator("Tandem");
                """;

        assertEquals(List.of("1 \"Get help from your technician\"", "2 \"Connect\"", "3 \"_Yes\"",
                "4 \" more questions are waiting.\""), wordsIn(view));
    }

    @Test
    void everyKeyAskedForIsInTheBundle() {
        Set<String> prefixes = new java.util.TreeSet<>();
        Collections.list(bundle.getKeys()).forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        List<String> used = new ArrayList<>();
        for (Path file : sources()) {
            Matcher strings = STRING.matcher(withoutComments(read(file)));
            while (strings.find()) {
                String text = strings.group(1);
                if (KEY.matcher(text).matches() && prefixes.contains(text.substring(0, text.indexOf('.') + 1))) {
                    used.add(text);
                }
            }
        }
        assertTrue(used.size() > 100, "the keys are found: " + used.size());
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (key.endsWith(".")) {
                completed(key).stream().filter(full -> !bundle.containsKey(full)).forEach(missing::add);
            } else if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
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

    /** The keys a prefix completed at run time can become. */
    private static List<String> completed(String prefix) {
        Stream<? extends Enum<?>> values = switch (prefix) {
            case "plan.state." -> Stream.of(StepState.values());
            case "chat.mark." -> Stream.of(ChatLine.Mark.values());
            case "recap.fileType." -> Stream.of(RecapViewModel.Format.values());
            default -> throw new AssertionError("Say what completes the key " + prefix);
        };
        return values.map(value -> prefix + value.name()).toList();
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
