package org.tandem.e2e;

/** Open while bytes may flow through the {@link FaultProxy}; closed while it stalls. */
final class FlowGate {
    private boolean open = true;

    synchronized void stop() {
        open = false;
    }

    synchronized void open() {
        open = true;
        notifyAll();
    }

    /** Returns once bytes may flow. */
    synchronized void awaitOpen() throws InterruptedException {
        while (!open) {
            wait();
        }
    }
}
