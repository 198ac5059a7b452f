package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of one recap PDF, and which of them draws each character. For each style the fonts are
 * tried in order: the Unicode face of that style, the wide fallback (Chinese, Japanese, Korean), then
 * the standard Helvetica of that style. A character none of them has is written as "?" and kept in
 * {@link #undrawn()}, so the writer can say in the log which ones were lost. Fonts are embedded (as
 * subsets of what is used) only when a character needs them.
 */
final class RecapFonts {
    private static final Logger LOG = LoggerFactory.getLogger(RecapFonts.class);

    enum Style { REGULAR, BOLD, ITALIC }

    /** Text one font draws. */
    record Run(PDFont font, String text) {}

    private final PDDocument document;
    private final Map<Style, List<Optional<Path>>> files = new EnumMap<>(Style.class);
    private final Map<Style, PDFont> standard = new EnumMap<>(Style.class);
    private final Map<Path, PDFont> loaded = new HashMap<>();
    private final Set<Path> unusable = new HashSet<>();
    private final Set<String> undrawn = new TreeSet<>();

    RecapFonts(PDDocument document, RecapFontFiles fonts) {
        this.document = document;
        files.put(Style.REGULAR, List.of(fonts.regular(), fonts.wide()));
        files.put(Style.BOLD, List.of(fonts.bold().or(fonts::regular), fonts.wide()));
        files.put(Style.ITALIC, List.of(fonts.italic().or(fonts::regular), fonts.wide()));
        standard.put(Style.REGULAR, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        standard.put(Style.BOLD, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        standard.put(Style.ITALIC, new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
    }

    /**
     * {@code text} cut into runs, each drawn by the first font of {@code style} that has all its
     * characters; white space is a plain space, and a character no font has is "?".
     */
    List<Run> runs(Style style, String text) {
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String character = Character.isWhitespace(codePoint) ? " " : new String(Character.toChars(codePoint));
            PDFont font = fontFor(style, character);
            if (font == null) {
                undrawn.add(character);
                character = "?";
                font = standard.get(style);
            }
            if (font != current && !pending.isEmpty()) {
                runs.add(new Run(current, pending.toString()));
                pending.setLength(0);
            }
            current = font;
            pending.append(character);
        }
        if (!pending.isEmpty()) {
            runs.add(new Run(current, pending.toString()));
        }
        return runs;
    }

    /** How wide {@code text} is at {@code size} points in {@code style}. */
    float width(Style style, float size, String text) throws IOException {
        float width = 0;
        for (Run run : runs(style, text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** The characters written as "?" so far because no font here has them, in code point order. */
    Set<String> undrawn() {
        return Collections.unmodifiableSet(undrawn);
    }

    private PDFont fontFor(Style style, String character) {
        for (Optional<Path> file : files.get(style)) {
            PDFont font = file.map(this::load).orElse(null);
            if (font != null && draws(font, character)) {
                return font;
            }
        }
        PDFont fallback = standard.get(style);
        return draws(fallback, character) ? fallback : null;
    }

    private PDFont load(Path file) {
        if (unusable.contains(file)) {
            return null;
        }
        PDFont font = loaded.get(file);
        if (font == null) {
            try {
                font = PDType0Font.load(document, file.toFile());
                loaded.put(file, font);
                LOG.debug("The recap PDF embeds {}", file);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The font {} could not be read; the recap PDF does without it", file, e);
                unusable.add(file);
            }
        }
        return font;
    }

    private static boolean draws(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
