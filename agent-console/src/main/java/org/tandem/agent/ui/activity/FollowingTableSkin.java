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
 * scrolls up to an earlier line (wheel, scroll bar, keys) it stays where it is, until they scroll back
 * to the end (the newest line in view, if only in part).
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

    private final ListChangeListener<S> arrivals = change -> flow().requestLayout();

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

        FollowingFlow() {
            positionProperty().addListener(o -> {
                if (!layingOut) {
                    moved = true;
                }
            });
        }

        @Override
        protected void layoutChildren() {
            layingOut = true;
            try {
                super.layoutChildren();
                if (moved) {
                    moved = false;
                    following = newestInView();
                }
                // A layout asked for from within a layout is lost: lay out again here, a few times at most.
                for (int pass = 0; following && pass < SETTLING_PASSES && !newestShownWhole(); pass++) {
                    showNewest();
                    super.layoutChildren();
                }
            } finally {
                layingOut = false;
            }
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

        private boolean newestInView() {
            T last = getLastVisibleCell();
            return getCellCount() == 0 || last != null && last.getIndex() >= getCellCount() - 1;
        }

        private boolean newestShownWhole() {
            int newest = getCellCount() - 1;
            if (newest < 0 || getHeight() <= 0) {
                return true;
            }
            T cell = getVisibleCell(newest);
            if (cell == null || !cell.isVisible()) {
                return false;
            }
            double top = cell.getLayoutY();
            double bottom = top + cell.getHeight();
            double view = getHeight() - (getHbar().isVisible() ? getHbar().getHeight() : 0);
            return top >= -0.5 && bottom <= view + 0.5;
        }
    }
}
