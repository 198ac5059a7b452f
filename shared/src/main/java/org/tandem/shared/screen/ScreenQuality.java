package org.tandem.shared.screen;

/**
 * How exactly the viewer wants the screen: every pixel exact, or large photographic regions in a
 * lossy kind when the connection is too slow for them. Text and interface regions are exact at
 * every level.
 */
public enum ScreenQuality {
    /** Every pixel exact. */
    LOSSLESS(0f),
    /** Large photographic regions as JPEG of this quality; everything else exact. */
    LOW(0.6f);

    private final float jpegQuality;

    ScreenQuality(float jpegQuality) {
        this.jpegQuality = jpegQuality;
    }

    /** Its name in a {@code screen-quality} request: {@code lossless} or {@code low}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The quality called {@code name} in a {@code screen-quality} request. */
    public static ScreenQuality ofWireName(String name) {
        for (ScreenQuality quality : values()) {
            if (quality.wireName().equals(name)) {
                return quality;
            }
        }
        throw new IllegalArgumentException("No screen quality called " + name);
    }

    /** Whether photographic regions may be sent lossy at this level. */
    public boolean lossy() {
        return jpegQuality > 0;
    }

    /** The JPEG quality, 0 to 1, used for photographic regions at this level; 0 when lossless. */
    float jpegQuality() {
        return jpegQuality;
    }
}
