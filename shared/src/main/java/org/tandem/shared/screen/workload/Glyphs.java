package org.tandem.shared.screen.workload;

import java.util.Random;

/**
 * A made-up font: each printable character is a fixed pattern of strokes with soft edges, so text
 * on the synthetic desktop has what real text has for a codec (few colours, anti-aliased edges,
 * repeating shapes) without depending on the fonts installed on the machine.
 */
final class Glyphs {
    static final int WIDTH = 9;
    static final int HEIGHT = 18;
    private final float[][] coverage = new float[128][];

    Glyphs(long seed) {
        Random random = new Random(seed);
        for (int c = 33; c < 127; c++) {
            float[] g = new float[WIDTH * HEIGHT];
            int strokes = 2 + random.nextInt(3);
            for (int s = 0; s < strokes; s++) {
                boolean vertical = random.nextBoolean();
                int at = vertical ? 1 + random.nextInt(WIDTH - 2) : 3 + random.nextInt(HEIGHT - 6);
                int from = vertical ? 3 + random.nextInt(5) : 1 + random.nextInt(3);
                int to = vertical ? 10 + random.nextInt(5) : 5 + random.nextInt(3);
                for (int i = from; i <= to; i++) {
                    int x = vertical ? at : i;
                    int y = vertical ? i : at;
                    g[y * WIDTH + x] = 1f;
                    blend(g, vertical ? x + 1 : x, vertical ? y : y + 1, 0.35f);
                }
            }
            coverage[c] = g;
        }
    }

    private static void blend(float[] g, int x, int y, float value) {
        if (x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT) {
            g[y * WIDTH + x] = Math.max(g[y * WIDTH + x], value);
        }
    }

    /** Draws text from (x, y), one cell per character, clipped to the canvas. */
    void draw(Canvas canvas, String text, int x, int y, int ink, int paper) {
        for (int i = 0; i < text.length(); i++) {
            draw(canvas, text.charAt(i), x + i * WIDTH, y, ink, paper);
        }
    }

    void draw(Canvas canvas, char c, int x, int y, int ink, int paper) {
        float[] g = c < 128 ? coverage[c] : null;
        for (int row = 0; row < HEIGHT; row++) {
            int ty = y + row;
            if (ty < 0 || ty >= canvas.height) {
                continue;
            }
            for (int col = 0; col < WIDTH; col++) {
                int tx = x + col;
                if (tx < 0 || tx >= canvas.width) {
                    continue;
                }
                float a = g == null ? 0f : g[row * WIDTH + col];
                canvas.pixels[ty * canvas.width + tx] = 0xFF000000 | mix(paper, ink, a);
            }
        }
    }

    static int mix(int from, int to, float a) {
        int r = Math.round(((from >> 16) & 0xFF) * (1 - a) + ((to >> 16) & 0xFF) * a);
        int g = Math.round(((from >> 8) & 0xFF) * (1 - a) + ((to >> 8) & 0xFF) * a);
        int b = Math.round((from & 0xFF) * (1 - a) + (to & 0xFF) * a);
        return r << 16 | g << 8 | b;
    }
}
