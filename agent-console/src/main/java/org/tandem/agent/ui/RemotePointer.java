package org.tandem.agent.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tandem.shared.message.PointerMessage;

/**
 * The customer's pointer as the screen view draws it: where it is in pixels of the customer's
 * screen, whether it is on the shared screen, and its look (null: a standard arrow, when the
 * customer's computer cannot tell its look). The customer reports it apart from the pixels; while
 * the technician is in control, the technician's own mouse moves it at once, and the customer's
 * reports then confirm where it went. (Over the screen the technician's own pointer, wearing this
 * look, stands for it then: see {@code ScreenView}.)
 */
public final class RemotePointer {
    private final Executor fx;
    private final ReadOnlyDoubleWrapper x = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper y = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PointerMessage.Shape> shape = new ReadOnlyObjectWrapper<>();

    /** @param fx runs on the FX thread: {@code Platform::runLater} in the app, {@code Runnable::run} in tests */
    public RemotePointer(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The customer reported where the pointer is; from any thread. */
    public void moved(PointerMessage.Moved moved) {
        fx.execute(() -> {
            x.set(moved.x());
            y.set(moved.y());
            visible.set(moved.onScreen());
        });
    }

    /** The customer reported a new look; from any thread. */
    public void shapeChanged(PointerMessage.Shape look) {
        fx.execute(() -> shape.set(look));
    }

    /** The technician's mouse, in control, is over this point of the customer's screen; on the FX thread. */
    public void movedLocally(double remoteX, double remoteY) {
        x.set(remoteX);
        y.set(remoteY);
        visible.set(true);
    }

    /** Sharing ended: no pointer, and the next share starts with the standard look. */
    void clear() {
        visible.set(false);
        shape.set(null);
    }

    public ReadOnlyDoubleProperty xProperty() {
        return x.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** The pointer's look; null for the standard arrow. */
    public ReadOnlyObjectProperty<PointerMessage.Shape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }
}
