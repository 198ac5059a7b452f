package org.tandem.customer.action.windows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code reg query HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall /s}:
 * a key line, then its values indented by four spaces as {@code Name    REG_TYPE    data}. Entries
 * that Windows itself hides from "Installed apps" (no display name, system components, updates of
 * another entry) are left out.
 */
public final class RegistryUninstallParser {
    private static final Pattern VALUE = Pattern.compile("^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$");

    private RegistryUninstallParser() {}

    public static List<RegistryProgram> parse(List<String> lines) {
        List<RegistryProgram> programs = new ArrayList<>();
        String key = null;
        Map<String, String> values = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("HKEY_")) {
                add(programs, key, values);
                key = line.substring(line.lastIndexOf('\\') + 1).strip();
                values = new HashMap<>();
                continue;
            }
            Matcher value = VALUE.matcher(line);
            if (key != null && value.matches()) {
                values.put(value.group(1), value.group(3) == null ? "" : value.group(3).strip());
            }
        }
        add(programs, key, values);
        return programs;
    }

    private static void add(List<RegistryProgram> programs, String key, Map<String, String> values) {
        String name = values.getOrDefault("DisplayName", "");
        if (key == null || name.isBlank() || dword(values.get("SystemComponent")) == 1
                || values.containsKey("ParentKeyName")) {
            return;
        }
        programs.add(new RegistryProgram(key, name, values.getOrDefault("DisplayVersion", ""),
                values.getOrDefault("Publisher", ""), dword(values.get("EstimatedSize")),
                values.getOrDefault("UninstallString", ""), values.getOrDefault("QuietUninstallString", "")));
    }

    /** A {@code REG_DWORD} as {@code reg} prints it ({@code 0x1584}); -1 when missing or unreadable. */
    static long dword(String text) {
        if (text == null || !text.toLowerCase(java.util.Locale.ROOT).startsWith("0x")) {
            return -1;
        }
        try {
            return Long.parseLong(text.substring(2), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
