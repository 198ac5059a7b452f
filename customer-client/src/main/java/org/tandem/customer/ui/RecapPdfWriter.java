package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.tandem.customer.ui.RecapDocument.Block;

/**
 * Writes a recap as a PDF (Apache PDFBox, decision 0011): A4 pages, the standard Helvetica fonts
 * (nothing to embed, readable everywhere), lines wrapped to the page. A character those fonts cannot
 * show is written as "?" rather than failing the whole file.
 */
final class RecapPdfWriter {
    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private PDDocument document;
    private PDPageContentStream page;
    private float y;

    void write(RecapDocument recap, Path target) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(printable(regular, recap.title()));
            info.setCreator("Tandem");
            newPage();
            for (Block block : recap.blocks()) {
                switch (block.kind()) {
                    case TITLE -> paragraph(bold, 18, block.text(), 0, 10);
                    case HEADING -> paragraph(bold, 13, block.text(), 10, 4);
                    case FIELD -> paragraph(regular, 11, block.label() + ": " + block.text(), 0, 2);
                    case ITEM -> bullet(block.text());
                    case PARAGRAPH -> paragraph(regular, 11, block.text(), 2, 4);
                    case FOOTER -> paragraph(italic, 9.5f, block.text(), 14, 0);
                }
            }
            page.close();
            pdf.save(target.toFile());
        } finally {
            document = null;
            page = null;
        }
    }

    private void bullet(String text) throws IOException {
        List<String> lines = wrap(regular, 11, text, width() - 14);
        for (int i = 0; i < lines.size(); i++) {
            line(regular, 11, i == 0 ? "•" : "", lines.get(i), 14);
        }
        y -= 2;
    }

    private void paragraph(PDFont font, float size, String text, float before, float after) throws IOException {
        y -= before;
        for (String line : wrap(font, size, text, width())) {
            line(font, size, "", line, 0);
        }
        y -= after;
    }

    private void line(PDFont font, float size, String marker, String text, float indent) throws IOException {
        float height = size * 1.35f;
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
        y -= height;
        if (!marker.isEmpty()) {
            show(font, size, MARGIN, marker);
        }
        show(font, size, MARGIN + indent, text);
    }

    private void show(PDFont font, float size, float x, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(font, text));
        page.endText();
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PAGE.getHeight() - MARGIN;
    }

    private static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** The words of {@code text} in lines no wider than {@code width}; a word too long is cut. */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (widthOf(font, size, candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (widthOf(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && widthOf(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static float widthOf(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font cannot show replaced by "?" and tabs by spaces. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.isWhitespace(codePoint) ? " " : new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
