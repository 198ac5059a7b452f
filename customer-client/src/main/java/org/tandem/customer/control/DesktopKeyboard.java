package org.tandem.customer.control;

/**
 * Gives the keyboard to the customer's own desktop: the window of their own programs they used
 * last, never one of Tandem's. Once the customer allows control, Tandem's windows step out of the
 * technician's way (decision 0041), and a window manager that moves the keyboard to the window
 * next in line may give it to another of Tandem's (metacity gives it to the session bar), where the
 * input gate rightly holds every key. This asks the window manager to give it to the customer's
 * program instead. It never decides what remote input may reach: the gate still holds a key while
 * any Tandem window has the focus.
 */
public interface DesktopKeyboard {

    /** For a desktop where Tandem cannot ask (not X11), and for tests: nothing is asked. */
    DesktopKeyboard NONE = () -> { };

    /**
     * Asks, without waiting, that the topmost window of the customer's own programs on the current
     * desktop take the keyboard. Nothing happens when there is none; never throws.
     */
    void giveToCustomersProgram();
}
