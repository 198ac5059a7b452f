package org.tandem.shared.message;

/**
 * Everything the two endpoints say to each other inside the session envelope. Control messages
 * travel as JSON; screen updates, input events, the customer's pointer and the viewer's credits as compact binary. {@link SessionMessageCodec}
 * maps each to a kind byte.
 */
public sealed interface SessionMessage permits ControlMessage, ScreenUpdate, InputEvent, PointerMessage,
        FrameCredit, InputBatch {}
