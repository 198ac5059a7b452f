package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.ui.RecapDocument.Block;
import org.tandem.customer.ui.RecapFonts.Style;

/**
 * Writes a recap as a PDF (Apache PDFBox, decision 0011): A4 pages, lines wrapped to the page, in a
 * Unicode font found on this computer and embedded (DejaVu Sans on Debian, with Droid Sans Fallback
 * for Chinese, Japanese and Korean; see {@link RecapFontFiles}), so names, chat and program names keep
 * every letter. Without those fonts the standard Helvetica is used; a character no font can show is
 * written as "?", named in the log, and returned by {@link #write} so the customer can be told.
 */
final class RecapPdfWriter {
    private static final Logger LOG = LoggerFactory.getLogger(RecapPdfWriter.class);
    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final RecapFontFiles fontFiles;
    private RecapFonts fonts;
    private PDDocument document;
    private PDPageContentStream page;
    private float y;

    /** With the fonts of this computer. */
    RecapPdfWriter() {
        this(RecapFontFiles.onThisComputer());
    }

    RecapPdfWriter(RecapFontFiles fontFiles) {
        this.fontFiles = java.util.Objects.requireNonNull(fontFiles, "fontFiles");
    }

    /**
     * Writes {@code recap} to {@code target}.
     *
     * @return the characters written as "?" because no font here has them; empty when every one was drawn
     */
    SortedSet<String> write(RecapDocument recap, Path target) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            fonts = new RecapFonts(pdf, fontFiles);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(recap.title());
            info.setCreator("Tandem");
            newPage();
            for (Block block : recap.blocks()) {
                switch (block.kind()) {
                    case TITLE -> paragraph(Style.BOLD, 18, block.text(), 0, 10);
                    case HEADING -> paragraph(Style.BOLD, 13, block.text(), 10, 4);
                    case FIELD -> paragraph(Style.REGULAR, 11, block.label() + ": " + block.text(), 0, 2);
                    case ITEM -> bullet(block.text());
                    case PARAGRAPH -> paragraph(Style.REGULAR, 11, block.text(), 2, 4);
                    case FOOTER -> paragraph(Style.ITALIC, 9.5f, block.text(), 14, 0);
                }
            }
            page.close();
            pdf.save(target.toFile());
            SortedSet<String> undrawn = Collections.unmodifiableSortedSet(new TreeSet<>(fonts.undrawn()));
            if (!undrawn.isEmpty()) {
                LOG.warn("No font on this computer can show {} in the recap PDF {}; they are written as \"?\". "
                        + "Installing DejaVu Sans and Droid Sans Fallback (Debian: fonts-dejavu-core, fonts-droid-fallback) "
                        + "lifts that.", String.join(" ", undrawn), target);
            }
            return undrawn;
        } finally {
            document = null;
            page = null;
            fonts = null;
        }
    }

    /** An item; each of its own lines (a message of several) starts a new line. */
    private void bullet(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String own : text.split("\n", -1)) {
            lines.addAll(wrap(Style.REGULAR, 11, own, width() - 14));
        }
        for (int i = 0; i < lines.size(); i++) {
            line(Style.REGULAR, 11, i == 0 ? "•" : "", lines.get(i), 14);
        }
        y -= 2;
    }

    private void paragraph(Style style, float size, String text, float before, float after) throws IOException {
        y -= before;
        for (String line : wrap(style, size, text, width())) {
            line(style, size, "", line, 0);
        }
        y -= after;
    }

    private void line(Style style, float size, String marker, String text, float indent) throws IOException {
        float height = size * 1.35f;
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
        y -= height;
        if (!marker.isEmpty()) {
            show(style, size, MARGIN, marker);
        }
        show(style, size, MARGIN + indent, text);
    }

    private void show(Style style, float size, float x, String text) throws IOException {
        page.beginText();
        page.newLineAtOffset(x, y);
        for (RecapFonts.Run run : fonts.runs(style, text)) {
            page.setFont(run.font(), size);
            page.showText(run.text());
        }
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

    /** The words of {@code text} in lines no wider than {@code width}; a word too long is cut between characters. */
    private List<String> wrap(Style style, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.replaceAll("\\s", " ").split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (fonts.width(style, size, candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (rest.codePointCount(0, rest.length()) > 1 && fonts.width(style, size, rest) > width) {
                int cut = rest.offsetByCodePoints(rest.length(), -1);
                while (rest.codePointCount(0, cut) > 1 && fonts.width(style, size, rest.substring(0, cut)) > width) {
                    cut = rest.offsetByCodePoints(cut, -1);
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
}
