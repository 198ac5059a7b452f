package org.tandem.agent.ui;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table or list whose rows wrap to different heights, where going to the last row (End, Ctrl+End, the
 * arrow down onto it, or the control's {@code scrollTo} it, as a list that follows its newest row does)
 * shows that row whole when it fits in the view.
 *
 * <p>The toolkit goes to the last row by setting the view's position to its end, a share of the rows'
 * total height; with rows of different heights that total is an estimate, and the last row can be left
 * partly below the view, where the reader cannot scroll it up from: the view counts itself at its end.
 * So the check is made where the rows have their real heights, at the end of the layout that follows.
 * History's table, timeline and chat use it, and the Actions tab's list of requests.
 */
public final class LastRowShownWhole {
    /** How many times at most one layout goes on to bring the last row whole into view. */
    private static final int SETTLING_PASSES = 4;

    private LastRowShownWhole() {}

    /** Gives {@code table} a skin whose going to the last row shows it whole. */
    public static <S> void in(TableView<S> table) {
        table.setSkin(new TableViewSkin<>(table) {
            @Override
            protected VirtualFlow<TableRow<S>> createVirtualFlow() {
                return new Flow<>();
            }
        });
    }

    /** Gives {@code list} a skin whose going to the last row shows it whole. */
    public static <T> void in(ListView<T> list) {
        list.setSkin(new ListViewSkin<>(list) {
            @Override
            protected VirtualFlow<ListCell<T>> createVirtualFlow() {
                return new Flow<>();
            }
        });
    }

    private static final class Flow<T extends IndexedCell<?>> extends VirtualFlow<T> {
        /** The view was asked to go to the last row; the next layout shows it whole. */
        private boolean toLastRow;

        /**
         * The skins go to a row through this, to the last with its index or one past it (End, Ctrl+End,
         * the arrow down onto it); an End goes on to set the position to the end.
         */
        @Override
        public void scrollTo(int index) {
            if (index >= getCellCount() - 1) {
                toLastRow = true;
            }
            super.scrollTo(index);
        }

        /**
         * The control's own {@code scrollTo(index)} comes here, through the skin, as a list that follows
         * its newest row asks for it: to the last row it too ends with that row whole.
         */
        @Override
        public void scrollToTop(int index) {
            if (index >= getCellCount() - 1) {
                toLastRow = true;
            }
            super.scrollToTop(index);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (!toLastRow) {
                return;
            }
            toLastRow = false;
            // A layout asked for from within a layout is lost: lay out again here, a few times at most.
            for (int pass = 0; pass < SETTLING_PASSES && hiddenBelow() > 0.5; pass++) {
                // With the last row at the top, the flow finds room below it and moves the rows down to
                // fill it, each at its measured height, until the last row's foot meets the view's.
                super.scrollToTop(getCellCount() - 1);
                super.layoutChildren();
            }
        }

        /**
         * How much of the last row lies below the view, in pixels: infinite when it is not laid out in view;
         * 0 when it is shown whole, or taller than the view (then it stays as the flow placed it).
         */
        private double hiddenBelow() {
            int last = getCellCount() - 1;
            if (last < 0 || getHeight() <= 0) {
                return 0;
            }
            T cell = getVisibleCell(last);
            if (cell == null || !cell.isVisible()) {
                return Double.POSITIVE_INFINITY;
            }
            double view = getHeight() - (getHbar().isVisible() ? getHbar().getHeight() : 0);
            if (cell.getHeight() > view) {
                return 0;
            }
            return Math.max(0, cell.getLayoutY() + cell.getHeight() - view);
        }
    }
}
