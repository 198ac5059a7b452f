package org.tandem.shared.screen.workload;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.tandem.shared.screen.Frame;

/**
 * A repeatable screen activity on a synthetic desktop (windows of text, a taskbar, a wallpaper),
 * frame by frame: what a codec is measured and tested on. The same name, size and seed always
 * give the same frames, pixel for pixel.
 */
public final class ScreenWorkload {
    /** Every workload, in the order benchmarks report them. */
    public static final List<String> NAMES =
            List.of("first-frame", "idle", "typing", "scrolling", "pager", "dragging", "video", "full-screen-change");

    private static final int WALLPAPER_TOP = 0x1E4A78;
    private static final int WALLPAPER_BOTTOM = 0x3C7A5A;
    private static final int TITLE = 0xDDE3EA;
    private static final int PAPER = 0xFFFFFF;
    private static final int INK = 0x202428;
    private static final int TERMINAL = 0x101010;
    private static final int TERMINAL_INK = 0xC8D0C8;
    private static final int LINE = 20;

    private final String name;
    private final int frames;
    private final Step step;
    private final Frame first;
    private int produced;

    private interface Step {
        Frame next(int index);
    }

    private ScreenWorkload(String name, int frames, Frame first, Step step) {
        this.name = name;
        this.frames = frames;
        this.first = first;
        this.step = step;
    }

    /**
     * The workload called {@code name} (one of {@link #NAMES}) on a {@code width}×{@code height}
     * desktop of at least 800×600.
     */
    public static ScreenWorkload create(String name, int width, int height, long seed) {
        if (width < 800 || height < 600) {
            throw new IllegalArgumentException("The synthetic desktop needs at least 800x600, got " + width + "x" + height);
        }
        Desktop desktop = new Desktop(width, height, seed);
        return switch (name) {
            case "first-frame" -> new ScreenWorkload(name, 0, desktop.canvas.snapshot(), i -> null);
            case "idle" -> new ScreenWorkload(name, 60, desktop.canvas.snapshot(), i -> desktop.canvas.snapshot());
            case "typing" -> new ScreenWorkload(name, 60, desktop.canvas.snapshot(), i -> desktop.type(i));
            case "scrolling" -> new ScreenWorkload(name, 60, desktop.canvas.snapshot(), i -> desktop.scroll());
            case "pager" -> pager(name, desktop);
            case "dragging" -> dragging(name, desktop);
            case "video" -> new ScreenWorkload(name, 60, desktop.canvas.snapshot(), desktop::video);
            case "full-screen-change" -> fullScreenChange(name, width, height, seed);
            default -> throw new IllegalArgumentException("No workload called " + name + "; there are " + NAMES);
        };
    }

    private static ScreenWorkload dragging(String name, Desktop desktop) {
        Canvas base = new Canvas(desktop.canvas.width, desktop.canvas.height);
        System.arraycopy(desktop.canvas.pixels, 0, base.pixels, 0, base.pixels.length);
        Canvas dialog = new Canvas(600, 400);
        desktop.window(dialog, 0, 0, 600, 400, "Settings", PAPER);
        for (int line = 0; line < 16; line++) {
            desktop.glyphs.draw(dialog, desktop.words(60), 12, 40 + line * LINE, INK, PAPER);
        }
        Step step = i -> {
            System.arraycopy(base.pixels, 0, desktop.canvas.pixels, 0, base.pixels.length);
            desktop.canvas.blit(dialog, 0, 0, dialog.width, dialog.height, 300 + 11 * i, 150 + 5 * i);
            return desktop.canvas.snapshot();
        };
        return new ScreenWorkload(name, 60, step.next(0), i -> step.next(i + 1));
    }

    /**
     * A long numbered text read in a pager in the terminal, one line down per frame: the lines
     * share their words column for column and differ in their numbers, as a log or a listing does.
     */
    private static ScreenWorkload pager(String name, Desktop desktop) {
        int[] top = {desktop.pagerStart()};
        return new ScreenWorkload(name, 60, desktop.canvas.snapshot(), i -> desktop.pagerDown(++top[0]));
    }

    private static ScreenWorkload fullScreenChange(String name, int width, int height, long seed) {
        Frame[] apps = new Frame[3];
        for (int app = 0; app < apps.length; app++) {
            Desktop desktop = new Desktop(width, height, seed + 1 + app);
            desktop.maximised(app);
            apps[app] = desktop.canvas.snapshot();
        }
        return new ScreenWorkload(name, 30, apps[0], i -> new Frame(width, height, apps[(i + 1) % apps.length].argb().clone()));
    }

    public String name() {
        return name;
    }

    /** How many frames follow the first. */
    public int frames() {
        return frames;
    }

    /** The picture before the activity starts. */
    public Frame first() {
        return first;
    }

    public boolean hasNext() {
        return produced < frames;
    }

    /** The next picture, a new frame the caller may keep. */
    public Frame next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The " + name + " workload has " + frames + " frames");
        }
        return step.next(produced++);
    }

    /** The desktop the workloads play on: wallpaper, taskbar, a document window and a terminal. */
    private static final class Desktop {
        final Canvas canvas;
        final Glyphs glyphs;
        final Random random;
        final int docX = 40;
        final int docY = 40;
        final int docW;
        final int docH;
        final int termX;
        final int termY = 120;
        final int termW;
        final int termH;
        int termColumn;

        Desktop(int width, int height, long seed) {
            canvas = new Canvas(width, height);
            glyphs = new Glyphs(seed);
            random = new Random(seed);
            docW = width * 52 / 100;
            docH = height - 140;
            termX = docX + docW + 40;
            termW = width - termX - 40;
            termH = height * 55 / 100;
            wallpaper();
            taskbar();
            window(canvas, docX, docY, docW, docH, "Report - Editor", PAPER);
            for (int y = docY + 40; y + LINE < docY + docH; y += LINE) {
                glyphs.draw(canvas, words((docW - 24) / Glyphs.WIDTH), docX + 12, y, INK, PAPER);
            }
            window(canvas, termX, termY, termW, termH, "Terminal", TERMINAL);
            for (int y = termY + 40; y + LINE < termY + termH - LINE; y += LINE) {
                glyphs.draw(canvas, "$ " + words((termW - 40) / Glyphs.WIDTH), termX + 8, y, TERMINAL_INK, TERMINAL);
            }
        }

        void wallpaper() {
            for (int y = 0; y < canvas.height; y++) {
                int colour = Glyphs.mix(WALLPAPER_TOP, WALLPAPER_BOTTOM, (float) y / canvas.height);
                for (int x = 0; x < canvas.width; x++) {
                    int shade = Glyphs.mix(colour, 0x000000, 0.25f * x / canvas.width);
                    canvas.pixels[y * canvas.width + x] = 0xFF000000 | shade;
                }
            }
        }

        void taskbar() {
            int top = canvas.height - 40;
            canvas.fill(0, top, canvas.width, 40, 0x2B2B2B);
            int[] icons = {0xE04B3A, 0x3A8EE0, 0xF2C230, 0x5BBF5B, 0x9B59B6};
            for (int i = 0; i < icons.length; i++) {
                canvas.fill(12 + i * 44, top + 6, 28, 28, icons[i]);
            }
            glyphs.draw(canvas, "14:05", canvas.width - 70, top + 11, 0xFFFFFF, 0x2B2B2B);
        }

        void window(Canvas target, int x, int y, int w, int h, String title, int background) {
            target.fill(x, y, w, h, 0x8A8F96);
            target.fill(x + 1, y + 1, w - 2, 28, TITLE);
            glyphs.draw(target, title, x + 10, y + 6, INK, TITLE);
            target.fill(x + w - 30, y + 6, 18, 18, 0xD9534F);
            target.fill(x + 1, y + 30, w - 2, h - 31, background);
        }

        /** Some words of made-up text, {@code columns} characters at most. */
        String words(int columns) {
            StringBuilder line = new StringBuilder(columns);
            while (line.length() < columns - 12) {
                int length = 2 + random.nextInt(9);
                for (int i = 0; i < length; i++) {
                    line.append((char) ('a' + random.nextInt(26)));
                }
                line.append(random.nextInt(9) == 0 ? ". " : " ");
            }
            return line.toString();
        }

        /** One more character typed at the terminal's prompt, with the block cursor after it. */
        Frame type(int index) {
            int y = termY + termH - LINE - 12;
            int x = termX + 8 + termColumn * Glyphs.WIDTH;
            if (x + 2 * Glyphs.WIDTH > termX + termW - 8) {
                canvas.fill(termX + 8, y, termW - 16, Glyphs.HEIGHT, TERMINAL);
                termColumn = 0;
                x = termX + 8;
            }
            char c = index % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26));
            glyphs.draw(canvas, c, x, y, TERMINAL_INK, TERMINAL);
            canvas.fill(x + Glyphs.WIDTH, y, Glyphs.WIDTH, Glyphs.HEIGHT, TERMINAL_INK);
            termColumn++;
            return canvas.snapshot();
        }

        /** The document scrolls by one line; a new line appears at the bottom. */
        Frame scroll() {
            int top = docY + 31;
            int height = docH - 32;
            canvas.scrollUp(docX + 1, top, docW - 2, height, LINE);
            int y = top + height - LINE;
            canvas.fill(docX + 1, y, docW - 2, LINE, PAPER);
            glyphs.draw(canvas, words((docW - 24) / Glyphs.WIDTH), docX + 12, y + 1, INK, PAPER);
            return canvas.snapshot();
        }

        /** Fills the terminal with the pager's first page and its prompt; the number of its first line. */
        int pagerStart() {
            canvas.fill(termX + 1, termY + 30, termW - 2, termH - 31, TERMINAL);
            for (int line = 0; line < pagerLines(); line++) {
                glyphs.draw(canvas, pagerLine(line + 1), termX + 8, termY + 36 + line * LINE, TERMINAL_INK, TERMINAL);
            }
            glyphs.draw(canvas, ":", termX + 8, termY + 36 + pagerLines() * LINE, TERMINAL_INK, TERMINAL);
            return 1;
        }

        /** The pager one line further: its page moves up a line, the line {@code first} + rows - 1 appears last. */
        Frame pagerDown(int first) {
            int rows = pagerLines();
            int top = termY + 36;
            canvas.scrollUp(termX + 1, top, termW - 2, rows * LINE, LINE);
            int y = top + (rows - 1) * LINE;
            canvas.fill(termX + 1, y, termW - 2, LINE, TERMINAL);
            glyphs.draw(canvas, pagerLine(first + rows - 1), termX + 8, y, TERMINAL_INK, TERMINAL);
            return canvas.snapshot();
        }

        private int pagerLines() {
            return (termH - 36 - LINE - 8) / LINE;
        }

        private String pagerLine(int number) {
            String line = String.format(java.util.Locale.ROOT, "%05d  The quick brown fox jumps over the lazy dog; line %d of a long text.",
                    number, number);
            int columns = (termW - 16) / Glyphs.WIDTH;
            return line.length() > columns ? line.substring(0, columns) : line;
        }

        /** A 640×360 moving picture inside the document window: smooth shapes and sensor noise. */
        Frame video(int index) {
            int x0 = docX + 60;
            int y0 = docY + 200;
            for (int y = 0; y < 360; y++) {
                for (int x = 0; x < 640; x++) {
                    double t = index * 0.15;
                    double v = Math.sin(x * 0.021 + t) + Math.sin(y * 0.034 - t * 0.7) + Math.sin((x + y) * 0.013 + t * 1.3);
                    int noise = random.nextInt(7) - 3;
                    int r = clamp((int) (128 + 40 * v) + noise);
                    int g = clamp((int) (100 + 30 * Math.sin(v + t)) + noise);
                    int b = clamp((int) (90 + 50 * Math.cos(v * 0.8)) + noise);
                    canvas.pixels[(y0 + y) * canvas.width + x0 + x] = 0xFF000000 | r << 16 | g << 8 | b;
                }
            }
            return canvas.snapshot();
        }

        /** A maximised application: one of three looks, each full of text. */
        void maximised(int app) {
            int[] backgrounds = {PAPER, TERMINAL, 0xF4F1E8};
            int[] inks = {INK, TERMINAL_INK, 0x3A2E1E};
            window(canvas, 0, 0, canvas.width, canvas.height - 40, "Application " + (app + 1), backgrounds[app]);
            for (int y = 40; y + LINE < canvas.height - 50; y += LINE) {
                glyphs.draw(canvas, words((canvas.width - 24) / Glyphs.WIDTH - 10 * app), 12, y, inks[app], backgrounds[app]);
            }
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }
    }
}
