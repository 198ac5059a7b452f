package org.tandem.customer.action;

import java.util.Objects;

/**
 * One installed program, as any platform's package list gives it.
 *
 * @param id what identifies it for uninstalling: a Debian package name, a winget id, a macOS
 *     package id
 * @param name the name people know it by
 * @param version its version, or "" when unknown
 * @param size bytes it takes on disk, or -1 when unknown
 */
public record InstalledProgram(String id, String name, String version, long size) {
    public InstalledProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** "“foo” version 1.2 (3 MB)", as a question names it. */
    public String described() {
        return "“" + name + "”" + (version.isEmpty() ? "" : " version " + version)
                + (size >= 0 ? " (" + Words.bytes(size) + ")" : "");
    }
}
