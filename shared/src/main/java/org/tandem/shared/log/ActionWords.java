package org.tandem.shared.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An action with its target in words, as the recap and the console's own views name it. The console
 * records what it asked for as the action's title and the parameters it sent, "Uninstall a program
 * (program=xterm)" ({@link #recorded}); people read "Uninstall a program called “xterm”". The customer's
 * client records the action in its own words with the exact target ("Uninstall “xterm” version 379-1
 * (2.4 MB)"), which stays as it is.
 *
 * <p>The parameters are the catalog's names ({@code folder}, {@code folders}, {@code filter},
 * {@code program}, {@code pid}); the catalog's labels ("Folder to measure") ask the technician for a
 * value and are not in the log. A name these words do not know is said as it is, with its value.
 */
public final class ActionWords {
    private ActionWords() {}

    /**
     * The action as the console records it in its log: {@code title}, then the parameters sorted by
     * name, "name=value" joined by ", ", in brackets: "Uninstall a program (program=xterm)"; the title
     * alone without parameters. {@link #described} reads this form back into words.
     */
    public static String recorded(String title, Map<String, String> parameters) {
        return parameters.isEmpty() ? title : title + raw(parameters);
    }

    /**
     * The target in words: "called “xterm”", "in “/usr/share”", "in “/tmp” and “/srv”", "with process id
     * 4711"; several parameters joined by ", "; "" without parameters.
     */
    public static String target(Map<String, String> parameters) {
        return target(parameters, Map.of());
    }

    /**
     * As {@link #target(Map)}, naming a value the technician picked from a list of the customer's computer by
     * the name that list gave it ({@code listedAs}, decision 0049): "called “firefox” (process 4377)".
     */
    public static String target(Map<String, String> parameters, Map<String, String> listedAs) {
        List<String> words = new ArrayList<>();
        new TreeMap<>(parameters).forEach((name, value) -> words.add(words(name, value,
                listedAs.getOrDefault(name, "").strip())));
        return String.join(", ", words);
    }

    /**
     * {@code recorded} with the parameters in words, when it ends in them as the console writes them
     * ({@link #recorded}); otherwise {@code recorded} unchanged.
     */
    public static String described(String recorded, Map<String, String> parameters) {
        return described(recorded, parameters, Map.of());
    }

    /** As {@link #described(String, Map)}, with the values picked from a list named as it named them. */
    public static String described(String recorded, Map<String, String> parameters, Map<String, String> listedAs) {
        if (parameters.isEmpty()) {
            return recorded;
        }
        String raw = raw(parameters);
        if (!recorded.endsWith(raw)) {
            return recorded;
        }
        return recorded.substring(0, recorded.length() - raw.length()) + " " + target(parameters, listedAs);
    }

    /**
     * {@link #described}, and when that names no target at all, the target in words after it: the
     * customer's client records a request that failed its check under the action's bare title
     * ("Uninstall a program"), which reads "Uninstall a program called “nano”". A title that names a
     * value of its parameters already ("Uninstall “xterm” version 379-1") stays as it is.
     */
    public static String named(String recorded, Map<String, String> parameters) {
        return named(recorded, parameters, Map.of());
    }

    /** As {@link #named(String, Map)}, with the values picked from a list named as it named them. */
    public static String named(String recorded, Map<String, String> parameters, Map<String, String> listedAs) {
        String described = described(recorded, parameters, listedAs);
        List<String> values = parameters.values().stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
        return values.isEmpty() || values.stream().anyMatch(described::contains) ? described
                : described + " " + target(parameters, listedAs);
    }

    /** " (folder=/usr/share, pid=4711)": sorted by name. */
    private static String raw(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String words(String name, String value, String listedAs) {
        if (name.equals("pid") && !listedAs.isEmpty()) {
            return "called " + quoted(listedAs) + " (process " + value + ")";
        }
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
