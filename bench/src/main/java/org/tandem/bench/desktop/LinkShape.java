package org.tandem.bench.desktop;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A home connection for the sharing side: so many kilobits a second each way, and a one-way delay.
 * Written {@code KBIT/MS} on the command line, e.g. {@code 1000/20} for a 1 Mbit/s uplink 40 ms of
 * round trip away.
 */
record LinkShape(int kilobitsPerSecond, int delayMillis) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,7})/(\\d{1,4})");

    LinkShape {
        if (kilobitsPerSecond < 8 || delayMillis < 0 || delayMillis > 5_000) {
            throw new IllegalArgumentException("A link carries at least 8 kbit/s with a delay of 0 to 5000 ms, not "
                    + kilobitsPerSecond + " kbit/s and " + delayMillis + " ms");
        }
    }

    /** Reads {@code KBIT/MS}. */
    static LinkShape parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("A link is written KBIT/MS, e.g. 1000/20 for 1 Mbit/s and 20 ms each way,"
                    + " not '" + text + "'");
        }
        return new LinkShape(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** How long the link takes to put {@code bytes} on the wire, in nanoseconds. */
    long nanosToSend(long bytes) {
        return bytes * 8_000_000L / kilobitsPerSecond;
    }

    long delayNanos() {
        return delayMillis * 1_000_000L;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d", kilobitsPerSecond, delayMillis);
    }
}
