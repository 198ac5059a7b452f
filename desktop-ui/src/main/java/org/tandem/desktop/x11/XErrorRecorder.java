package org.tandem.desktop.x11;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps an X error on one of Tandem's own display connections (the customer's capture and keyboard,
 * the console's drawing of the customer's screen) from ending the app. Xlib's default error handler
 * prints the error and calls {@code exit()}; a request the server refuses (an image of an area the
 * screen no longer has after it was made smaller, a window gone, a key mapping refused) would end the
 * whole app, and the session with it.
 *
 * <p>Xlib has one error handler per process, so this is process-wide state by nature: installed the
 * first time a connection is watched, and never taken out (a handler installed after it may hold it
 * as the one to pass errors on to). An error on a watched connection is recorded for the code that
 * made the request, which reads it with {@link #take}; an error on any other connection (AWT's, GDK's)
 * goes on, untouched, to the handler that was installed before.
 */
public final class XErrorRecorder {
    /** Xlib's {@code XErrorHandler}. */
    interface ErrorHandler extends Callback {
        int invoke(Pointer display, Pointer event);
    }

    interface Xlib extends Library {
        Pointer XSetErrorHandler(ErrorHandler handler);
    }

    /** Xlib's XErrorEvent. */
    @Structure.FieldOrder({"type", "display", "resourceId", "serial", "errorCode", "requestCode", "minorCode"})
    public static final class ErrorEvent extends Structure {
        public int type;
        public Pointer display;
        public NativeLong resourceId;
        public NativeLong serial;
        public byte errorCode;
        public byte requestCode;
        public byte minorCode;

        public ErrorEvent(Pointer at) {
            super(at);
            read();
        }
    }

    private static final Map<Long, AtomicReference<XError>> WATCHED = new ConcurrentHashMap<>();
    /** Held for as long as the process runs: Xlib calls it through a bare function pointer. */
    private static final ErrorHandler HANDLER = XErrorRecorder::handle;
    /** The handler installed before this one; read by Xlib's caller without a lock (see {@link #handle}). */
    private static volatile Function before;
    private static boolean installed;

    private XErrorRecorder() {}

    /** Records the errors of {@code display} from now on, instead of letting them end the process. */
    public static void watch(Pointer display) {
        WATCHED.put(Pointer.nativeValue(display), new AtomicReference<>());
        synchronized (XErrorRecorder.class) {
            if (!installed) {
                Pointer previous = Native.load("X11", Xlib.class).XSetErrorHandler(HANDLER);
                before = previous == null ? null : Function.getFunction(previous);
                installed = true;
            }
        }
    }

    /** Stops recording for {@code display}, which is being closed. */
    public static void forget(Pointer display) {
        WATCHED.remove(Pointer.nativeValue(display));
    }

    /** The first error on {@code display} since the last call, or null; forgets it. */
    public static XError take(Pointer display) {
        AtomicReference<XError> recorded = WATCHED.get(Pointer.nativeValue(display));
        return recorded == null ? null : recorded.getAndSet(null);
    }

    /** Called by Xlib on the thread whose request was refused; must not throw into native code. */
    private static int handle(Pointer display, Pointer event) {
        try {
            AtomicReference<XError> recorded = display == null ? null : WATCHED.get(Pointer.nativeValue(display));
            if (recorded == null) {
                // No lock here: Xlib may hold its own while calling, and installing takes Xlib's global lock.
                Function passOn = before;
                return passOn == null ? 0 : passOn.invokeInt(new Object[] {display, event});
            }
            ErrorEvent error = new ErrorEvent(event);
            recorded.compareAndSet(null, new XError(Byte.toUnsignedInt(error.errorCode),
                    Byte.toUnsignedInt(error.requestCode), Byte.toUnsignedInt(error.minorCode),
                    error.serial.longValue()));
            return 0;
        } catch (RuntimeException | Error e) {
            return 0; // an exception cannot cross into Xlib
        }
    }
}
