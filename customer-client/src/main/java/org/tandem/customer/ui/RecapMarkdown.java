package org.tandem.customer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.customer.ui.RecapDocument.Block;
import org.tandem.customer.ui.RecapDocument.Kind;

/**
 * Reads the Markdown that the recap generator writes (and only that small part of Markdown): a
 * {@code #} title, {@code **Label:** value} fields, {@code ##} headings, {@code -} items,
 * paragraphs, and a closing {@code *…*} line after {@code ---}. Backslash escapes are undone, so
 * the words come out exactly as the generator was given them.
 */
final class RecapMarkdown {
    private static final Pattern FIELD = Pattern.compile("^\\*\\*(.+?):\\*\\* ?(.*?)\\s*$");

    private RecapMarkdown() {}

    static RecapDocument parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        boolean afterRule = false;
        StringBuilder paragraph = new StringBuilder();
        boolean inItem = false;
        for (String raw : markdown.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(paragraph, blocks, afterRule);
                inItem = false;
                continue;
            }
            boolean continued = inItem && raw.startsWith("  ");
            inItem = continued || line.startsWith("- ");
            Matcher field = FIELD.matcher(line);
            if (continued) {
                // An indented line right under an item is the item's next line (after a hard break).
                Block item = blocks.remove(blocks.size() - 1);
                blocks.add(new Block(Kind.ITEM, "", item.text() + "\n" + unescape(line)));
            } else if (line.startsWith("## ")) {
                flush(paragraph, blocks, afterRule);
                blocks.add(new Block(Kind.HEADING, "", unescape(line.substring(3))));
            } else if (line.startsWith("# ")) {
                flush(paragraph, blocks, afterRule);
                blocks.add(new Block(Kind.TITLE, "", unescape(line.substring(2))));
            } else if (line.equals("---")) {
                flush(paragraph, blocks, afterRule);
                afterRule = true;
            } else if (line.startsWith("- ")) {
                flush(paragraph, blocks, afterRule);
                blocks.add(new Block(Kind.ITEM, "", unescape(line.substring(2))));
            } else if (field.matches()) {
                flush(paragraph, blocks, afterRule);
                blocks.add(new Block(Kind.FIELD, unescape(field.group(1)), unescape(field.group(2))));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks, afterRule);
        return new RecapDocument(blocks);
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks, boolean footer) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString();
        if (footer && text.length() > 1 && text.startsWith("*") && text.endsWith("*") && !text.endsWith("\\*")) {
            blocks.add(new Block(Kind.FOOTER, "", unescape(text.substring(1, text.length() - 1))));
        } else {
            blocks.add(new Block(footer ? Kind.FOOTER : Kind.PARAGRAPH, "", unescape(text)));
        }
        paragraph.setLength(0);
    }

    /** "\*" is "*", "1\." is "1.": a backslash keeps the next character as it is. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
