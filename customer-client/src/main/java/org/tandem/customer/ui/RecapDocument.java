package org.tandem.customer.ui;

import java.util.List;
import java.util.Objects;

/**
 * A recap as the shapes it is made of (title, labelled fields, headings, list items, paragraphs
 * and the closing line), read from the Markdown the recap generator writes, so that the window, the
 * PDF and the email show the same words without any markup.
 */
record RecapDocument(List<Block> blocks) {
    enum Kind { TITLE, FIELD, HEADING, ITEM, PARAGRAPH, FOOTER }

    /** One block; {@code label} is only set for a field. */
    record Block(Kind kind, String label, String text) {
        Block {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    RecapDocument {
        blocks = List.copyOf(blocks);
    }

    /** The title, or "" when there is none. */
    String title() {
        return blocks.stream().filter(block -> block.kind() == Kind.TITLE).map(Block::text).findFirst().orElse("");
    }

    /** The recap as plain text, for an email: no markup, lists with dashes, headings underlined. */
    String plainText() {
        StringBuilder out = new StringBuilder();
        Kind last = null;
        for (Block block : blocks) {
            switch (block.kind()) {
                case TITLE -> out.append(block.text()).append('\n').append("=".repeat(Math.min(60, block.text().length())))
                        .append("\n\n");
                case FIELD -> out.append(block.label()).append(": ").append(block.text()).append('\n');
                case HEADING -> out.append(last == null ? "" : "\n").append(block.text()).append('\n')
                        .append("-".repeat(Math.min(60, block.text().length()))).append('\n');
                case ITEM -> out.append("- ").append(block.text().replace("\n", "\n  ")).append('\n');
                case PARAGRAPH -> out.append(block.text()).append('\n');
                case FOOTER -> out.append("\n").append(block.text()).append('\n');
            }
            last = block.kind();
        }
        return out.toString();
    }
}
