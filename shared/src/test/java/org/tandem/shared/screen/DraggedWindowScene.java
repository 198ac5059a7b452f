package org.tandem.shared.screen;

import java.util.Arrays;
import java.util.Random;

/**
 * A desktop like the one a technician drags a window across: black, with a terminal full of text
 * that stays put, and a second terminal on top of it, plain inside but for its title and one typed
 * line, that moves.
 */
final class DraggedWindowScene {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int DESKTOP = 0xFF000000;

    /** The still terminal's place: x, y, width, height. */
    final int[] still;
    /** The moving terminal's size. */
    final int movingWidth;
    final int movingHeight;
    private final int[] text;
    private final int[] moving;

    DraggedWindowScene(int[] still, int movingWidth, int movingHeight, long seed) {
        this.still = still.clone();
        this.movingWidth = movingWidth;
        this.movingHeight = movingHeight;
        Random random = new Random(seed);
        text = new int[still[2] * still[3]];
        Arrays.fill(text, 0xFFFFFFFF);
        for (int row = 0; row < still[3]; row++) {
            if (row % 13 >= 9) {
                continue; // the gaps between lines
            }
            for (int col = 2; col < still[2] - 2; col++) {
                if (random.nextInt(3) == 0) {
                    text[row * still[2] + col] = 0xFF202020;
                }
            }
        }
        moving = new int[movingWidth * movingHeight];
        Arrays.fill(moving, 0xFFFFFFFF);
        for (int row = 0; row < 26; row++) { // the title bar, its title in the middle
            Arrays.fill(moving, row * movingWidth, (row + 1) * movingWidth, 0xFFE8E6E3);
            if (row >= 8 && row < 18) {
                for (int col = movingWidth / 2 - 30; col < movingWidth / 2 + 30; col++) {
                    if (random.nextInt(3) == 0) {
                        moving[row * movingWidth + col] = 0xFF303030;
                    }
                }
            }
        }
        for (int row = 34; row < 44; row++) { // one typed line at the top left
            for (int col = 4; col < movingWidth / 2; col++) {
                if (random.nextInt(3) == 0) {
                    moving[row * movingWidth + col] = 0xFF000000;
                }
            }
        }
        for (int row = 0; row < movingHeight; row++) { // a grey border
            moving[row * movingWidth] = 0xFF8A8F96;
            moving[row * movingWidth + movingWidth - 1] = 0xFF8A8F96;
        }
        Arrays.fill(moving, (movingHeight - 1) * movingWidth, movingHeight * movingWidth, 0xFF8A8F96);
    }

    /** The desktop with the moving terminal's top left corner at (x, y). */
    Frame at(int x, int y) {
        int[] argb = new int[WIDTH * HEIGHT];
        Arrays.fill(argb, DESKTOP);
        for (int row = 0; row < still[3]; row++) {
            System.arraycopy(text, row * still[2], argb, (still[1] + row) * WIDTH + still[0], still[2]);
        }
        for (int row = Math.max(0, -y); row < movingHeight && y + row < HEIGHT; row++) {
            int left = Math.max(0, -x);
            int right = Math.min(movingWidth, WIDTH - x);
            System.arraycopy(moving, row * movingWidth + left, argb, (y + row) * WIDTH + x + left, right - left);
        }
        return new Frame(WIDTH, HEIGHT, argb);
    }
}
