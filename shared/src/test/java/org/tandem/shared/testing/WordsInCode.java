package org.tandem.shared.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an app's window code the way a translator would: which strings in it are words for a
 * person (they belong in the resource bundle), and which bundle keys it asks for. Both apps' text
 * checks use it, so they judge words by one rule.
 */
public final class WordsInCode {
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A string that reads as words for a person: "Close", "R_un", "Paused: ", "View only". */
    private static final Pattern WORDS = Pattern.compile("^_?\\p{Lu}[\\p{Ll}_]+[^\\p{L}\\p{N}]*$|\\p{L}\\W* \\W*\\p{L}");
    /**
     * Statements whose strings are for the log, a developer or a script (standard output is read by
     * scripts, so it stays the same in every language), not for a person.
     */
    private static final Pattern NOT_SHOWN = Pattern.compile("LOG\\.|Exception\\(|requireNonNull|getLogger|-fx-|System\\.out\\.");
    /** A key of the bundle: "plan.add"; a prefix completed at run time ends in a dot: "actions.risk.". */
    private static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z]*(\\.[a-zA-Z0-9]+)+\\.?$");
    /** Names that stay the same in every language. */
    private static final Set<String> NAMES = Set.of("Tandem");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private WordsInCode() {}

    /** "line \"words\"" for each string of {@code code} that reads as words for a person, outside log and error lines. */
    public static List<String> wordsIn(String code) {
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

    /**
     * The strings of {@code code} that are keys of the bundle: shaped like a key and starting with
     * one of the bundle's first parts ("plan.").
     */
    public static List<String> keysIn(String code, ResourceBundle bundle) {
        Set<String> prefixes = new TreeSet<>();
        Collections.list(bundle.getKeys()).forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        List<String> keys = new ArrayList<>();
        Matcher strings = STRING.matcher(code);
        while (strings.find()) {
            String text = strings.group(1);
            if (KEY.matcher(text).matches() && prefixes.contains(text.substring(0, text.indexOf('.') + 1))) {
                keys.add(text);
            }
        }
        return keys;
    }

    /**
     * The keys asked for that the bundle lacks. A key ending in a dot is a prefix completed at run
     * time; {@code completed} says what it can become.
     */
    public static List<String> missingFrom(ResourceBundle bundle, Collection<String> used,
            Function<String, List<String>> completed) {
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (key.endsWith(".")) {
                completed.apply(key).stream().filter(full -> !bundle.containsKey(full)).forEach(missing::add);
            } else if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        return missing;
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

    /** The Java sources under {@code folder}, in a stable order. */
    public static List<Path> sources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code of {@code file} without its comments, lines kept where they were. */
    public static String codeOf(Path file) {
        try {
            return withoutComments(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without its comments, lines kept where they were. */
    public static String withoutComments(String code) {
        Matcher block = BLOCK_COMMENT.matcher(code);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            block.appendReplacement(out, Matcher.quoteReplacement("\n".repeat((int) block.group().chars()
                    .filter(c -> c == '\n').count())));
        }
        block.appendTail(out);
        return out.toString().replaceAll("(?m)//[^\n]*$", "");
    }
}
