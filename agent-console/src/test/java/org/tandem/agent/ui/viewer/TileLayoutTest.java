package org.tandem.agent.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the customer's screen is cut into tiles, and which parts of which tiles a change touches. */
class TileLayoutTest {
    @Test
    void tilesCoverTheScreenAndEachReachesIntoItsNeighbours() {
        TileLayout layout = new TileLayout(300, 200, 128);
        int reach = 128 + TileLayout.OVERLAP;

        assertEquals(3, layout.columns());
        assertEquals(2, layout.rows());
        assertEquals(new TileLayout.Tile(0, 0, 0, reach, reach), layout.tile(0));
        assertEquals(new TileLayout.Tile(1, 128, 0, reach, reach), layout.tile(1));
        assertEquals(new TileLayout.Tile(2, 256, 0, 44, reach), layout.tile(2), "the last column ends at the screen's edge");
        assertEquals(new TileLayout.Tile(5, 256, 128, 44, 72), layout.tile(5));
    }

    @Test
    void aChangeInsideOneTileTouchesThatTileOnly() {
        TileLayout layout = new TileLayout(1920, 1080, 128);

        List<int[]> parts = parts(layout, 300, 140, 9, 18);

        assertEquals(1, parts.size());
        assertEquals(List.of(2 + 1 * 15, 300, 140, 9, 18), boxed(parts.get(0)));
    }

    @Test
    void aChangeAcrossABorderIsSplitAndTheSharedColumnsGoToBothTiles() {
        TileLayout layout = new TileLayout(1920, 1080, 128);

        List<int[]> parts = parts(layout, 120, 10, 20, 5);

        assertEquals(2, parts.size());
        assertEquals(List.of(0, 120, 10, 8 + TileLayout.OVERLAP, 5), boxed(parts.get(0)),
                "columns 120 to 127, and the first tile's overlap from 128 on");
        assertEquals(List.of(1, 128, 10, 12, 5), boxed(parts.get(1)));
    }

    @Test
    void aChangeInTheOverlapAloneGoesToTheTileItOverlapsToo() {
        TileLayout layout = new TileLayout(1920, 1080, 128);

        List<int[]> parts = parts(layout, 128 + TileLayout.OVERLAP - 1, 128 + TileLayout.OVERLAP - 1, 1, 1);

        assertEquals(List.of(0, 1, 15, 16), parts.stream().map(p -> p[0]).toList(),
                "the pixel lies in tile 16 and in the overlaps of its left, upper and upper-left neighbours");
        assertEquals(1, parts(layout, 128 + TileLayout.OVERLAP, 10, 1, 1).size(), "one past the overlap: one tile");
    }

    @Test
    void theWholeScreenTouchesEveryTileAndCoversItExactly() {
        TileLayout layout = new TileLayout(1920, 1080, 128);

        List<int[]> parts = parts(layout, 0, 0, 1920, 1080);

        assertEquals(layout.columns() * layout.rows(), parts.size());
        for (int[] p : parts) {
            TileLayout.Tile tile = layout.tile(p[0]);
            assertEquals(List.of(tile.index(), tile.x(), tile.y(), tile.width(), tile.height()), boxed(p));
        }
    }

    @Test
    void aChangeOutsideTheScreenIsClippedToIt() {
        TileLayout layout = new TileLayout(200, 100, 128);

        List<int[]> parts = parts(layout, 190, 90, 50, 50);

        assertEquals(List.of(1, 190, 90, 10, 10), boxed(parts.get(0)));
        assertEquals(1, parts.size());
        assertEquals(0, parts(layout, 500, 500, 10, 10).size());
    }

    @Test
    void refusesAnEmptyScreenOrATinyTile() {
        assertThrows(IllegalArgumentException.class, () -> new TileLayout(0, 10, 128));
        assertThrows(IllegalArgumentException.class, () -> new TileLayout(10, 10, 1));
    }

    private static List<int[]> parts(TileLayout layout, int x, int y, int w, int h) {
        List<int[]> parts = new ArrayList<>();
        layout.forEachPart(x, y, w, h, (tile, px, py, pw, ph) -> parts.add(new int[] {tile.index(), px, py, pw, ph}));
        return parts;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
