package org.tandem.desktop.x11;

/**
 * An X protocol error the server sent for one of our requests, as Xlib's {@code XErrorEvent} has it.
 *
 * @param code the error ({@code BadMatch} is 8)
 * @param request the major opcode of the request refused
 * @param minor the minor opcode, for a request of an extension
 * @param serial the request's number on its connection
 */
public record XError(int code, int request, int minor, long serial) {
    private static final String[] CORE = {null, "BadRequest", "BadValue", "BadWindow", "BadPixmap", "BadAtom",
        "BadCursor", "BadFont", "BadMatch", "BadDrawable", "BadAccess", "BadAlloc", "BadColor", "BadGC", "BadIDChoice",
        "BadName", "BadLength", "BadImplementation"};

    /** For the app log: the error's name where it is one of the core protocol's, and the request. */
    @Override
    public String toString() {
        String name = code > 0 && code < CORE.length ? CORE[code] : "error " + code;
        return name + " (request " + request + "." + minor + ")";
    }
}
