package org.tandem.shared.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An action as a recap names it: with its target in words. The console records what it asked for as
 * the action's title and the parameters it sent, "Uninstall a program (program=xterm)"; the recap says
 * "Uninstall a program called “xterm”". The customer's client records the action in its own words with
 * the exact target ("Uninstall “xterm” version 379-1 (2.4 MB)"), which stays as it is.
 *
 * <p>The parameters are the catalog's names ({@code folder}, {@code folders}, {@code filter},
 * {@code program}, {@code pid}); the catalog's labels ("Folder to measure") ask the technician for a
 * value and are not in the log. A name the recap does not know is said as it is, with its value.
 */
final class ActionWords {
    private ActionWords() {}

    /**
     * {@code recorded} with the parameters in words, when it ends in them as the console writes them
     * ("(folder=/usr/share)", sorted by name, joined by ", "); otherwise {@code recorded} unchanged.
     */
    static String described(String recorded, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return recorded;
        }
        Map<String, String> sorted = new TreeMap<>(parameters);
        String raw = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
        if (!recorded.endsWith(raw)) {
            return recorded;
        }
        List<String> words = new ArrayList<>();
        sorted.forEach((name, value) -> words.add(words(name, value)));
        return recorded.substring(0, recorded.length() - raw.length()) + " " + String.join(", ", words);
    }

    private static String words(String name, String value) {
        return switch (name) {
            case "folder" -> "in " + quoted(value.strip());
            case "folders" -> "in " + listed(value.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(ActionWords::quoted).toList());
            case "filter" -> "whose name contains " + quoted(value);
            case "program" -> "called " + quoted(value);
            case "pid" -> "with process id " + value;
            default -> "with " + name + " " + quoted(value);
        };
    }

    private static String quoted(String value) {
        return "“" + value + "”";
    }

    /** "“a”", "“a” and “b”", "“a”, “b” and “c”". */
    private static String listed(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "“”" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
