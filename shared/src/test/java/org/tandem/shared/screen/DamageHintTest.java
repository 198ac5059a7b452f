package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.workload.ScreenWorkload;

/** An encoder told where the screen was drawn looks only there, and sends what it would have sent anyway. */
class DamageHintTest {
    static final List<String> WORKLOADS = ScreenWorkload.NAMES;

    @Test
    void rowsOutsideTheDamageAreNotLookedAt() {
        int[] before = new int[256 * 256];
        int[] drawn = before.clone();
        drawn[10 * 256 + 7] = 0xFF0000; // changed, but not reported
        drawn[200 * 256 + 90] = 0x00FF00; // changed and reported
        int[] reported = before.clone();
        reported[200 * 256 + 90] = 0x00FF00;

        TileScreenEncoder told = new TileScreenEncoder();
        TileScreenEncoder looking = new TileScreenEncoder();
        told.encode(new Frame(256, 256, before));
        looking.encode(new Frame(256, 256, before));

        List<ScreenUpdate> hinted = told.encode(new Frame(256, 256, drawn), List.of(new FrameRect(80, 195, 40, 10)));
        assertEquals(looking.encode(new Frame(256, 256, reported)), hinted);
    }

    @Test
    void noDamageSendsNothingEvenWhenPixelsDiffer() {
        int[] before = new int[64 * 64];
        int[] drawn = before.clone();
        drawn[5] = 0xFFFFFF;
        TileScreenEncoder told = new TileScreenEncoder();
        told.encode(new Frame(64, 64, before));

        assertEquals(List.of(), told.encode(new Frame(64, 64, drawn), List.of()));
    }

    @Test
    void aFirstFrameIsSentWholeWhateverTheDamageSays() {
        Frame first = ScreenWorkload.create("first-frame", 800, 600, 3).first();
        List<ScreenUpdate> whole = new TileScreenEncoder().encode(first);

        assertEquals(whole, new TileScreenEncoder().encode(first, List.of(new FrameRect(0, 0, 1, 1))));
    }

    /**
     * The damage is what a platform reports: the changed rows' extent, a little wider than what
     * was drawn, running over the screen's edges; the updates must be those of an encoder that
     * compares everything, byte for byte.
     */
    @ParameterizedTest
    @FieldSource("WORKLOADS")
    void everyWorkloadEncodesTheSameWhenToldTheDamage(String name) {
        ScreenWorkload workload = ScreenWorkload.create(name, 1280, 720, 33);
        TileScreenEncoder told = new TileScreenEncoder();
        TileScreenEncoder looking = new TileScreenEncoder();
        Frame previous = workload.first();
        assertEquals(looking.encode(previous), told.encode(previous, List.of()));
        int frame = 0;
        int damaged = 0;
        while (workload.hasNext()) {
            Frame next = workload.next();
            List<FrameRect> damage = damageBetween(previous, next);
            damaged += damage.isEmpty() ? 0 : 1;
            List<ScreenUpdate> expected = looking.encode(next);
            assertEquals(expected, told.encode(next, damage), name + " frame " + ++frame);
            previous = next;
        }
        if (!name.equals("idle") && !name.equals("first-frame")) {
            assertNotEquals(0, damaged, "the workload draws something");
        }
    }

    @Test
    void damageOutsideTheFrameIsIgnored() {
        int[] before = new int[128 * 128];
        int[] drawn = before.clone();
        drawn[127 * 128 + 127] = 0x123456;
        TileScreenEncoder told = new TileScreenEncoder();
        TileScreenEncoder looking = new TileScreenEncoder();
        told.encode(new Frame(128, 128, before));
        looking.encode(new Frame(128, 128, before));

        List<ScreenUpdate> hinted = told.encode(new Frame(128, 128, drawn),
                List.of(new FrameRect(-50, -50, 20, 20), new FrameRect(120, 120, 500, 500), new FrameRect(300, 0, 5, 5)));
        assertEquals(looking.encode(new Frame(128, 128, drawn)), hinted);
        assertTrue(!hinted.isEmpty());
    }

    /** Runs of changed rows, each as one rectangle around its changed columns, grown by 3 pixels. */
    private static List<FrameRect> damageBetween(Frame before, Frame after) {
        int width = after.width();
        List<FrameRect> damage = new ArrayList<>();
        int top = -1;
        int left = width;
        int right = 0;
        for (int y = 0; y <= after.height(); y++) {
            int from = y * width;
            int first = y == after.height() ? -1
                    : Arrays.mismatch(before.argb(), from, from + width, after.argb(), from, from + width);
            if (first >= 0) {
                int last = width - 1;
                while (before.argb()[from + last] == after.argb()[from + last]) {
                    last--;
                }
                top = top < 0 ? y : top;
                left = Math.min(left, first);
                right = Math.max(right, last + 1);
            } else if (top >= 0) {
                damage.add(new FrameRect(left - 3, top - 3, right - left + 6, y - top + 6));
                top = -1;
                left = width;
                right = 0;
            }
        }
        return damage;
    }
}
