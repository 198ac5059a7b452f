package org.tandem.customer.ui;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The {@code mailto:} address that opens the customer's mail program with the recap in a new
 * message (RFC 6068): no recipient, so the customer types their own; the subject; the recap as
 * plain text. A recap too long for a link is cut, and the message says the full recap can be saved
 * and attached.
 */
final class RecapMail {
    /** Mail programs and desktops accept links up to a few thousand characters; stay below. */
    static final int MAX_URI = 7000;

    private RecapMail() {}

    static URI uri(String subject, String body) {
        String head = "mailto:?subject=" + encode(subject) + "&body=";
        if (head.length() + encode(body).length() <= MAX_URI) {
            return URI.create(head + encode(body));
        }
        String note = "\n\n" + Texts.get("recap.mail.cut");
        int room = MAX_URI - head.length() - encode(note).length();
        int used = 0;
        int end = 0;
        int lastLine = 0;
        while (end < body.length()) {
            int next = body.offsetByCodePoints(end, 1);
            int cost = encode(body.substring(end, next)).length();
            if (used + cost > room) {
                break;
            }
            used += cost;
            end = next;
            if (body.charAt(end - 1) == '\n') {
                lastLine = end;
            }
        }
        // Whole lines where there are any, so no sentence stops half-way.
        String kept = body.substring(0, lastLine > 0 ? lastLine : end);
        return URI.create(head + encode(kept + note));
    }

    /** Percent-encodes every byte that is not unreserved, lines as CRLF as RFC 6068 asks. */
    static String encode(String text) {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder out = new StringBuilder();
        for (byte b : crlf.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
