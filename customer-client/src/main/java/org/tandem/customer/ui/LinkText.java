package org.tandem.customer.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message cut into plain text and web links. Only {@code http} and {@code https} addresses
 * that parse as URIs count as links; anything else stays text, so a message cannot make the window
 * open a file or a program.
 */
final class LinkText {
    /** A run of the message: plain text, or a link whose text is its full address. */
    record Segment(String text, boolean link) {
    }

    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?)]}'\"”’";

    private LinkText() {}

    static List<Segment> split(String message) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = URL.matcher(message);
        int at = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(message.charAt(end - 1)) >= 0) {
                end--; // "see https://example.com." ends the sentence, not the address
            }
            String address = message.substring(matcher.start(), end);
            if (!isWebAddress(address)) {
                continue;
            }
            if (matcher.start() > at) {
                segments.add(new Segment(message.substring(at, matcher.start()), false));
            }
            segments.add(new Segment(address, true));
            at = end;
        }
        if (at < message.length()) {
            segments.add(new Segment(message.substring(at), false));
        }
        return segments;
    }

    /** True for an absolute http or https address with a host. */
    static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
