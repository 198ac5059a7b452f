package org.tandem.customer.action.macos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what macOS's {@code pkgutil} and {@code mdls} print. */
public final class MacOutputParser {
    private static final Pattern ATTRIBUTE = Pattern.compile("^(kMDItem\\w+)\\s*=\\s*(.*)$");
    private static final Pattern PACKAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private MacOutputParser() {}

    /** {@code pkgutil --pkgs}: one package id a line; anything else is skipped. */
    public static List<String> packageIds(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> PACKAGE_ID.matcher(line).matches()).toList();
    }

    /** {@code pkgutil --pkg-info ID}: {@code package-id}, {@code version}, {@code volume}, {@code location}, … */
    public static Map<String, String> packageInfo(List<String> lines) {
        Map<String, String> info = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                info.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
        }
        return info;
    }

    /**
     * {@code mdls -name kMDItemVersion -name … PATH}: {@code kMDItemVersion = "1.2"} or a number;
     * attributes the file lacks read {@code (null)} and are left out.
     */
    public static Map<String, String> attributes(List<String> lines) {
        Map<String, String> attributes = new HashMap<>();
        for (String line : lines) {
            Matcher matcher = ATTRIBUTE.matcher(line.strip());
            if (!matcher.matches() || matcher.group(2).equals("(null)")) {
                continue;
            }
            String value = matcher.group(2).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
            }
            attributes.put(matcher.group(1), value);
        }
        return attributes;
    }
}
