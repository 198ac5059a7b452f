package org.tandem.customer.capture;

import org.tandem.desktop.x11.XError;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * Pixels straight from the X server with {@code XGetImage}, read row by row into the frame: no
 * per-pixel conversion, as AWT's Robot does on X11. Only for the common 24-bit true-colour desktop
 * stored as 32-bit pixels in this machine's byte order; {@link #on} refuses any other.
 */
final class XImagePixels implements PixelGrabber {
    private static final int Z_PIXMAP = 2;
    private static final NativeLong ALL_PLANES = new NativeLong(-1);

    /** The head of Xlib's XImage, up to the colour masks. */
    @Structure.FieldOrder({"width", "height", "xoffset", "format", "data", "byteOrder", "bitmapUnit", "bitmapBitOrder",
        "bitmapPad", "depth", "bytesPerLine", "bitsPerPixel", "redMask", "greenMask", "blueMask"})
    public static final class XImage extends Structure {
        public int width;
        public int height;
        public int xoffset;
        public int format;
        public Pointer data;
        public int byteOrder;
        public int bitmapUnit;
        public int bitmapBitOrder;
        public int bitmapPad;
        public int depth;
        public int bytesPerLine;
        public int bitsPerPixel;
        public NativeLong redMask;
        public NativeLong greenMask;
        public NativeLong blueMask;

        public XImage(Pointer at) {
            super(at);
            read();
        }

        int offsetOf(String field) {
            return fieldOffset(field);
        }
    }

    private final XConnection x;
    /** Where an XImage holds its pixels' address and its row length, read once from JNA's layout of it. */
    private final int dataAt;
    private final int bytesPerLineAt;

    private XImagePixels(XConnection x, int dataAt, int bytesPerLineAt) {
        this.x = x;
        this.dataAt = dataAt;
        this.bytesPerLineAt = bytesPerLineAt;
    }

    /**
     * Grabs from the desktop of {@code x}, after a probe of one pixel shows the layout is the one read here.
     *
     * @throws IOException with the reason in words when the desktop's pixels are laid out otherwise
     */
    static XImagePixels on(XConnection x) throws IOException {
        Pointer probe = x.x11.XGetImage(x.display, x.root, 0, 0, 1, 1, ALL_PLANES, Z_PIXMAP);
        if (probe == null) {
            throw new IOException("the X server gave no image of the desktop");
        }
        XImage image = new XImage(probe);
        int dataAt = image.offsetOf("data");
        int bytesPerLineAt = image.offsetOf("bytesPerLine");
        try {
            int lsbFirst = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 0 : 1;
            if (image.bitsPerPixel != 32 || image.byteOrder != lsbFirst || image.redMask.longValue() != 0xFF0000
                    || image.greenMask.longValue() != 0xFF00 || image.blueMask.longValue() != 0xFF) {
                throw new IOException("the desktop's pixels are " + image.depth + "-bit in " + image.bitsPerPixel
                        + "-bit units, not 24-bit RGB in 32-bit units");
            }
        } finally {
            free(x, probe, image.data);
        }
        return new XImagePixels(x, dataAt, bytesPerLineAt);
    }

    @Override
    public Rectangle readable(Rectangle wanted, boolean lookAgain) {
        Rectangle screen = lookAgain ? x.rereadScreen() : x.screen();
        return wanted.intersection(screen);
    }

    /**
     * @throws GrabRefusedException when the server sends no image (the screen was made smaller since
     *     it was last read, say); the screen's size has then been read again
     */
    @Override
    public void grab(Rectangle area, int[] into, int offset, int stride) {
        Rectangle cut = area.intersection(x.screen());
        if (cut.isEmpty()) {
            return;
        }
        Pointer at = x.x11.XGetImage(x.display, x.root, cut.x, cut.y, cut.width, cut.height, ALL_PLANES, Z_PIXMAP);
        XError error = x.takeError();
        if (at == null || error != null) {
            if (at != null) {
                free(x, at, at.getPointer(dataAt));
            }
            Rectangle now = x.rereadScreen();
            throw new GrabRefusedException("The X server gave no image of " + cut.width + "×" + cut.height + " at "
                    + cut.x + "," + cut.y + " (" + (error == null ? "no error recorded" : error) + "); the screen is "
                    + now.width + "×" + now.height + " now");
        }
        // Two fields read in place: a JNA structure read per grab goes through reflection, whose
        // generated accessors kept the JIT recompiling this method for seconds after sharing began.
        Pointer data = at.getPointer(dataAt);
        try {
            int bytesPerLine = at.getInt(bytesPerLineAt);
            int first = offset + (cut.y - area.y) * stride + (cut.x - area.x);
            for (int row = 0; row < cut.height; row++) {
                int to = first + row * stride;
                data.read((long) row * bytesPerLine, into, to, cut.width);
                RobotPixels.opaque(into, to, cut.width);
            }
        } finally {
            free(x, at, data);
        }
    }

    /** What XDestroyImage does for an image of XGetImage: its data, then itself. */
    private static void free(XConnection x, Pointer image, Pointer data) {
        if (data != null) {
            x.x11.XFree(data);
        }
        x.x11.XFree(image);
    }
}
