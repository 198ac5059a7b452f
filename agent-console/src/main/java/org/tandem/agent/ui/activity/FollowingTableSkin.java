package org.tandem.agent.ui.activity;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table that keeps its newest line in sight while the reader is at the end of it: as lines arrive,
 * as rows wrap anew or the window changes size, the newest line stays shown whole. Once the reader
 * scrolls up (wheel, scroll bar, keys) the view stays where they put it, new lines or not, until they
 * scroll back to the end.
 *
 * <p>{@link TableView#scrollTo(int)} is not enough for this: it puts the line at the top of the view
 * and, with rows of different heights (what happened wraps), the table's estimate of where the end
 * lies can leave the newest line just below the view; before the table is first shown (a tab not yet
 * opened) the request is lost altogether. So the check is made where the rows have their real
 * heights, at the end of each layout of the table's flow.
 */
final class FollowingTableSkin<S> extends TableViewSkin<S> {
    /** How many times at most one layout goes on to bring the newest line whole into view. */
    private static final int SETTLING_PASSES = 4;
    /**
     * How much of the newest line may lie below the view for the reader to count as at the end: less
     * than one turn of the mouse wheel, so that a turn up leaves the end.
     */
    private static final double NEAR = 8;

    private final ListChangeListener<S> arrivals = change -> flow().linesArriving(change.getList().isEmpty());

    FollowingTableSkin(TableView<S> table) {
        super(table);
        table.getItems().addListener(arrivals);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new FollowingFlow<>();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        // The table's own layout moves the view too (it resizes the flow and tells it how many rows there
        // are): that is no reader scrolling.
        FollowingFlow<?> flow = flow();
        flow.layingOut = true;
        try {
            super.layoutChildren(x, y, w, h);
        } finally {
            flow.layingOut = false;
        }
    }

    @Override
    public void dispose() {
        if (getSkinnable() != null) {
            getSkinnable().getItems().removeListener(arrivals);
        }
        super.dispose();
    }

    private FollowingFlow<?> flow() {
        return (FollowingFlow<?>) getVirtualFlow();
    }

    private static final class FollowingFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
        /** The reader is at the end: the newest line is kept in view. */
        private boolean following = true;
        /** The reader moved the view since the last layout. */
        private boolean moved;
        private boolean layingOut;
        /** Where the reader's first line was as lines arrived while they read further up; -1 for none. */
        private int anchor = -1;
        private double anchorY;

        FollowingFlow() {
            positionProperty().addListener(o -> {
                if (!layingOut) {
                    moved = true;
                }
            });
        }

        /**
         * Lines arrive: the view stays where the reader put it, unless they follow the newest. A table
         * emptied (a new session) follows its first lines again.
         */
        void linesArriving(boolean none) {
            T first = getFirstVisibleCell();
            if (none) {
                following = true;
                anchor = -1;
            } else if (!following && anchor < 0 && first != null) {
                anchor = first.getIndex();
                anchorY = first.getLayoutY();
            }
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            layingOut = true;
            try {
                super.layoutChildren();
                if (moved) {
                    // The reader's own scroll stays as they made it; where it ends decides whether they follow.
                    // The flow's own end counts too: with rows of different heights it may stop short of the
                    // newest line's foot, where the reader can scroll no further.
                    moved = false;
                    anchor = -1;
                    following = hiddenBelow() <= NEAR || getPosition() >= 1;
                    return;
                }
                if (anchor >= 0) {
                    keepAnchor();
                    return;
                }
                // A layout asked for from within a layout is lost: lay out again here, a few times at most.
                for (int pass = 0; following && pass < SETTLING_PASSES && hiddenBelow() > 0.5; pass++) {
                    showNewest();
                    super.layoutChildren();
                }
            } finally {
                layingOut = false;
            }
        }

        /**
         * The flow keeps its position as a share of all the rows, so lines added below move the rows in
         * view: the line the reader was reading goes back where it was.
         */
        private void keepAnchor() {
            int index = anchor;
            anchor = -1;
            T first = getFirstVisibleCell();
            if (first != null && first.getIndex() == index && Math.abs(first.getLayoutY() - anchorY) < 0.5) {
                return;
            }
            scrollToTop(index);
            super.layoutChildren();
            scrollPixels(-anchorY);
        }

        private void showNewest() {
            int newest = getCellCount() - 1;
            T cell = getVisibleCell(newest);
            if (cell == null) {
                scrollTo(newest);
            } else {
                scrollTo(cell);
            }
        }

        /** How much of the newest line lies below the view, in pixels; infinite when it is not laid out in view. */
        private double hiddenBelow() {
            int newest = getCellCount() - 1;
            if (newest < 0 || getHeight() <= 0) {
                return 0;
            }
            T cell = getVisibleCell(newest);
            if (cell == null || !cell.isVisible()) {
                return Double.POSITIVE_INFINITY;
            }
            double view = getHeight() - (getHbar().isVisible() ? getHbar().getHeight() : 0);
            return Math.max(0, cell.getLayoutY() + cell.getHeight() - view);
        }
    }
}
