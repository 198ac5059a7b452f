package org.tandem.customer.capture;

/**
 * A frame source that can tell, for next to nothing, whether the screen may have changed since its
 * last capture, so an idle screen is neither captured nor compared.
 */
public interface ChangeHint {
    /** False only when nothing was drawn on the shared area since the last capture. */
    boolean mayHaveChanged();
}
