package org.tandem.shared.screen;

import java.io.IOException;

/** Where frames come from: the real screen in the customer client, a synthetic workload in tests. */
public interface FrameSource {
    /** Captures the current picture. Each call returns a new frame the caller may keep. */
    Frame capture() throws IOException;
}
