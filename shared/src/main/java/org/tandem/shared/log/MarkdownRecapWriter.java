package org.tandem.shared.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recap as Markdown. Text that Markdown would read as markup (emphasis, links, HTML, a list or
 * heading marker at the start of a line) is escaped with a backslash; the rest is left alone so
 * the text stays easy to read as plain text in an email.
 */
final class MarkdownRecapWriter implements RecapWriter {
    private static final String INLINE_SPECIAL = "\\`*_[]<>|~";
    private static final Pattern BLOCK_START = Pattern.compile("^(#|-|\\+|=|\\d+[.)])");
    private final StringBuilder out = new StringBuilder();
    private boolean inList;

    @Override
    public void title(String text) {
        block("# " + escape(text));
    }

    @Override
    public void field(String label, String value) {
        // Two trailing spaces: a line break that keeps the fields as one block.
        endList();
        out.append("**").append(escape(label)).append(":** ").append(escape(value)).append("  \n");
    }

    @Override
    public void heading(String text) {
        block("## " + escape(text));
    }

    @Override
    public void item(String text) {
        if (!inList) {
            out.append('\n');
            inList = true;
        }
        // A hard break (two spaces) and an indent keep each further line in the same item.
        out.append("- ").append(String.join("  \n  ", text.lines().map(MarkdownRecapWriter::escape).toList())).append('\n');
    }

    @Override
    public void paragraph(String text) {
        block(escape(text));
    }

    @Override
    public void footer(String text) {
        block("---");
        block("*" + escape(text) + "*");
    }

    @Override
    public String text() {
        return out.toString();
    }

    private void block(String text) {
        endList();
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(text).append('\n');
    }

    private void endList() {
        inList = false;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                escaped.append(' ');
                continue;
            }
            // "&" matters only where it could start an entity such as "&amp;".
            boolean entity = c == '&' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#');
            if (INLINE_SPECIAL.indexOf(c) >= 0 || entity) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        Matcher marker = BLOCK_START.matcher(escaped);
        if (marker.find()) {
            // Escape the marker's last character: "\#", "\-", "1\." are all plain text.
            escaped.insert(marker.end() - 1, '\\');
        }
        return escaped.toString();
    }
}
