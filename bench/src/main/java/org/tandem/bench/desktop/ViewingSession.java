package org.tandem.bench.desktop;

/**
 * One way of showing the customer's desktop on the technician's: x11vnc with TigerVNC's viewer,
 * or Tandem's customer client and console. Started, it shows the whole desktop in a window on the
 * technician's display, pixel for pixel, and takes the technician's keyboard and mouse there.
 */
interface ViewingSession extends AutoCloseable {
    /** "x11vnc" or "tandem". */
    String viewer();

    /** The process that captures and sends the customer's screen. */
    long sharingPid();

    /** The process that shows it to the technician. */
    long viewerPid();

    /** Bytes on the sharing side's connection so far, both ways. */
    CountingProxy.Bytes wire();

    /** Of {@link #wire()}, the bytes the sharing side sent (pictures and its answers), not those it received. */
    long sent();

    /** Bytes the sharing side sent from the start of sharing until the first full picture settled. */
    long firstFrameBytes();
}
