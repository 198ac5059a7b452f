package org.tandem.customer.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Who has the customer's mouse and keyboard, as the window, the session bar and the notices tell it:
 * the technician while they control the computer; the customer again once control has ended, and
 * whether it ended by the customer's own hand. FX thread only; {@link CustomerViewModel} brings the
 * control logic's changes here.
 */
final class ControlViewModel {
    private final ReadOnlyBooleanWrapper granted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper back = new ReadOnlyBooleanWrapper();
    /** The customer pressed Stop control or Pause sharing, so the control that ends next ends by their own hand. */
    private boolean stopAsked;
    private boolean stoppedByCustomer;

    /** True while the technician may use the mouse and keyboard. */
    ReadOnlyBooleanProperty grantedProperty() {
        return granted.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /**
     * True once control the technician had in this session has ended, until it is granted again: the
     * mouse and keyboard are the customer's alone again, which the bar and the window say.
     */
    ReadOnlyBooleanProperty backProperty() {
        return back.getReadOnlyProperty();
    }

    /** Whether the control that ended last was ended by the customer (Stop control, Pause sharing), not by the technician. */
    boolean stoppedByCustomer() {
        return stoppedByCustomer;
    }

    /** The customer pressed Stop control or Pause sharing: control that ends next, if any, ends by their hand. */
    void customerStops() {
        stopAsked = granted.get();
    }

    /** Control changed. */
    void changed(boolean nowGranted, String why) {
        stoppedByCustomer = !nowGranted && stopAsked;
        stopAsked = false;
        detail.set(why);
        // Before control itself: what says control is back is there as Stop control goes.
        back.set(!nowGranted && (granted.get() || back.get()));
        granted.set(nowGranted);
    }

    /** A new session: control has not been had in it yet. */
    void clear() {
        back.set(false);
    }
}
