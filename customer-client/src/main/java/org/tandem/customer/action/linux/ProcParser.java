package org.tandem.customer.action.linux;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the text files of Linux's {@code /proc} and {@code /etc}: each method takes a file's text
 * and never fails on odd input; what it cannot read, it leaves out.
 */
public final class ProcParser {
    private ProcParser() {}

    /** {@code /proc/meminfo} as bytes by field name ({@code MemTotal}, {@code MemAvailable}, …). */
    public static Map<String, Long> memInfo(String text) {
        Map<String, Long> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 1) {
                continue;
            }
            String[] parts = line.substring(colon + 1).trim().split("\\s+");
            try {
                long value = Long.parseLong(parts[0]);
                boolean kb = parts.length > 1 && parts[1].equalsIgnoreCase("kB");
                values.put(line.substring(0, colon).trim(), kb ? value * 1024 : value);
            } catch (NumberFormatException e) {
                // not a number: skip
            }
        }
        return values;
    }

    /** The processor model and the number of logical processors, from {@code /proc/cpuinfo}. */
    public record Cpu(String model, int processors) {}

    public static Cpu cpuInfo(String text) {
        String model = "";
        int processors = 0;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("processor")) {
                processors++;
            } else if (model.isEmpty() && (key.equals("model name") || key.equals("Model") || key.equals("cpu model"))) {
                model = value;
            }
        }
        return new Cpu(model, processors);
    }

    /** Seconds since boot, the first number of {@code /proc/uptime}. */
    public static OptionalLong uptimeSeconds(String text) {
        String[] parts = text.trim().split("\\s+");
        try {
            return OptionalLong.of((long) Double.parseDouble(parts[0]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The fields of {@code /etc/os-release}, unquoted. */
    public static Map<String, String> osRelease(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 1) {
                continue;
            }
            String value = line.substring(equals + 1).trim();
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            values.put(line.substring(0, equals).trim(), value);
        }
        return values;
    }

    /**
     * The fields of {@code /proc/[pid]/stat} that matter here.
     *
     * @param cpuTicks user and system time in clock ticks
     */
    public record Stat(long pid, String name, char state, long cpuTicks) {}

    /**
     * Parses one {@code stat} line. The name sits in parentheses and may itself hold spaces and
     * parentheses, so the fields after it are found from the last closing parenthesis.
     */
    public static Optional<Stat> stat(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open < 1 || close < open) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(text.substring(0, open).trim());
            String[] rest = text.substring(close + 1).trim().split("\\s+");
            // rest[0] is field 3 (state); utime and stime are fields 14 and 15.
            if (rest.length < 13 || rest[0].length() != 1) {
                return Optional.empty();
            }
            long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
            return Optional.of(new Stat(pid, text.substring(open + 1, close), rest[0].charAt(0), ticks));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The fields of {@code /proc/[pid]/status}, values as written ({@code VmRSS} is "1234 kB"). */
    public static Map<String, String> status(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    /** A {@code status} size such as "1234 kB" in bytes. */
    public static OptionalLong kilobytes(String value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        String[] parts = value.trim().split("\\s+");
        try {
            long number = Long.parseLong(parts[0]);
            return OptionalLong.of(parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).equals("kb") ? number * 1024 : number);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** User names by user id, from {@code /etc/passwd}. */
    public static Map<Long, String> users(String passwd) {
        Map<Long, String> users = new HashMap<>();
        for (String line : passwd.split("\n")) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 3) {
                try {
                    users.putIfAbsent(Long.parseLong(fields[2]), fields[0]);
                } catch (NumberFormatException e) {
                    // skip
                }
            }
        }
        return users;
    }
}
