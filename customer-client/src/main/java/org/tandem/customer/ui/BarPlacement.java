package org.tandem.customer.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where the session bar stands and how wide it is, worked out apart from its window. One rule:
 * nothing moves under the customer's pointer. While the pointer is on the bar, the bar keeps its
 * right edge (its buttons keep to that edge, so none of them moves) and grows to the left, never
 * narrower; once the pointer is away, the bar fits its texts again and goes back to the middle of
 * the screen. A bar the customer has moved stays where they put it: it keeps its right edge there,
 * as far as the screen lets it. Whatever happens, the bar stays inside the screen's visible bounds.
 */
final class BarPlacement {
    /**
     * How far a reported position may be from one the bar was given and still be the bar's own: a
     * window manager may shift a window by its frame's border once it knows it. A drag that short
     * would only be undone by the next centring.
     */
    private static final double SLACK = 8;
    /** A window manager may report a position given a few moves ago after a newer one was given. */
    private static final int REMEMBERED = 4;

    /** Where the bar's window goes and how wide its content is. */
    record Spot(double x, double contentWidth) {
    }

    /** Where the bar was put, newest first: by the bar itself, or by the window manager as it appeared. */
    private final Deque<Double> givenX = new ArrayDeque<>();
    /** Whether the bar has been fitted since it appeared. */
    private boolean placed;
    private boolean movedByCustomer;
    private double content;
    private double width;
    private double rightEdge;

    /** The bar appears at {@code x}: a new start, centred again whatever the last one did. */
    void appearing(double x) {
        placed = false;
        movedByCustomer = false;
        givenX.clear();
        remember(x);
    }

    /**
     * Fits the bar to content that needs {@code needed} wide on one line, and {@code least} with its
     * text on as many lines as the customer would still read at a glance, with a window frame of
     * {@code frame}, on a screen whose visible part runs from {@code minX} to {@code maxX}. Under the
     * pointer, where the bar cannot grow far enough to the left, its text wraps rather than its
     * buttons move; no narrower than {@code least}, though, and never off the screen.
     */
    Spot fit(double needed, double least, double frame, double minX, double maxX, boolean pointerOver) {
        boolean underPointer = placed && pointerOver;
        boolean keepRightEdge = underPointer || placed && movedByCustomer;
        double wanted = underPointer ? Math.max(needed, content) : needed;
        double room = maxX - minX - frame;
        if (underPointer) {
            room = Math.min(room, Math.max(Math.ceil(least), rightEdge - minX - frame));
        }
        // No wider than the room: what does not fit on one line wraps rather than going off the edge.
        content = Math.min(Math.ceil(wanted), Math.floor(room));
        width = content + frame;
        // A window stands on whole pixels: a half one would be rounded later, and move the buttons with it.
        double x = keepRightEdge ? rightEdge - width : Math.floor(minX + (maxX - minX - width) / 2);
        x = Math.max(minX, Math.min(x, maxX - width));
        placed = true;
        rightEdge = x + width;
        remember(x);
        return new Spot(x, content);
    }

    /**
     * The window is at {@code x}, as its window manager reports it: a move of the bar's own (now or a
     * little late), or the customer's drag, from which on the bar keeps its right edge there. While it
     * appears the window manager places it where it likes; that is nobody's drag. Only the horizontal
     * place counts: the bar never moves itself up or down once it has appeared, so wherever it is
     * (the customer's drag, or the window manager fitting its title bar) it stays.
     *
     * @return whether it was the customer's drag
     */
    boolean reportedAt(double x) {
        boolean own = givenX.stream().anyMatch(given -> Math.abs(given - x) <= SLACK);
        if (!placed || own) {
            if (!placed) {
                remember(x);
            }
            return false;
        }
        movedByCustomer = true;
        rightEdge = x + width;
        givenX.clear();
        remember(x);
        return true;
    }

    /** Whether the customer has moved the bar since it appeared. */
    boolean movedByCustomer() {
        return movedByCustomer;
    }

    private void remember(double x) {
        givenX.addFirst(x);
        while (givenX.size() > REMEMBERED) {
            givenX.removeLast();
        }
    }
}
