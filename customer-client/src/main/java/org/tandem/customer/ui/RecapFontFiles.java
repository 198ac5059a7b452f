package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Unicode TrueType fonts the recap PDF embeds, found on this computer when the PDF is written:
 * a sans-serif face in regular, bold and italic (DejaVu Sans from {@code fonts-dejavu-core} on
 * Debian, Arial or Liberation Sans elsewhere) for Latin, Greek and Cyrillic, and a wide fallback
 * (Droid Sans Fallback from {@code fonts-droid-fallback}, or Arial Unicode) for Chinese, Japanese and
 * Korean. Any of them may be missing; the writer then falls back as {@link RecapFonts} says.
 */
record RecapFontFiles(Optional<Path> regular, Optional<Path> bold, Optional<Path> italic, Optional<Path> wide) {
    private static final List<String> REGULAR = List.of("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf",
            "Arial.ttf");
    private static final List<String> BOLD = List.of("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf",
            "Arial Bold.ttf");
    private static final List<String> ITALIC = List.of("DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf",
            "ariali.ttf", "Arial Italic.ttf");
    private static final List<String> WIDE = List.of("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
            "Arial Unicode.ttf", "ARIALUNI.TTF");
    private static final Logger LOG = LoggerFactory.getLogger(RecapFontFiles.class);
    /** Deep enough for /usr/share/fonts/truetype/dejavu, shallow enough to stay quick. */
    private static final int DEPTH = 4;

    RecapFontFiles {
        java.util.Objects.requireNonNull(regular, "regular");
        java.util.Objects.requireNonNull(bold, "bold");
        java.util.Objects.requireNonNull(italic, "italic");
        java.util.Objects.requireNonNull(wide, "wide");
    }

    /** No font files: the PDF uses the standard fonts only. */
    static RecapFontFiles none() {
        return new RecapFontFiles(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The fonts in this computer's font folders (Linux, Windows and macOS, the system's and the user's). */
    static RecapFontFiles onThisComputer() {
        String home = System.getProperty("user.home", "");
        String windows = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
        List<Path> folders = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts")));
        if (!home.isEmpty()) {
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            folders.add(Path.of(windows, "Fonts"));
        }
        return in(folders);
    }

    /** The preferred fonts found in {@code folders} and below; the first folder wins a name found twice. */
    static RecapFontFiles in(List<Path> folders) {
        Map<String, Path> found = new HashMap<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                collect(folder, found);
            }
        }
        return new RecapFontFiles(first(REGULAR, found), first(BOLD, found), first(ITALIC, found), first(WIDE, found));
    }

    private static Optional<Path> first(List<String> names, Map<String, Path> found) {
        return names.stream().map(found::get).filter(java.util.Objects::nonNull).findFirst();
    }

    private static void collect(Path folder, Map<String, Path> found) {
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            found.putIfAbsent(file.getFileName().toString(), file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // a folder we may not read holds no font for us
                        }
                    });
        } catch (IOException e) {
            LOG.debug("Could not look for fonts in {}", folder, e);
        }
    }
}
