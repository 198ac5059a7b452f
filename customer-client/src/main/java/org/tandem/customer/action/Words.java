package org.tandem.customer.action;

import java.util.Locale;

/** Sizes, counts and durations in the words people read: "3 MB", "12,345 files", "2 minutes". */
public final class Words {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private Words() {}

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + UNITS[unit];
    }

    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** "200 ms", "1 second", "90 seconds", "15 minutes", "4 hours", "1 day". */
    public static String duration(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 1) {
            return duration.toMillis() + " ms";
        }
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = duration.toMinutes();
        if (minutes < 120) {
            return minutes + " minutes";
        }
        long hours = duration.toHours();
        if (hours < 48) {
            return hours + " hours";
        }
        return duration.toDays() + " days";
    }

    /** "1 file", "2 files". */
    public static String count(long count, String one, String many) {
        return count(count) + " " + (count == 1 ? one : many);
    }
}
