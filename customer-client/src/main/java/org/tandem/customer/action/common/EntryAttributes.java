package org.tandem.customer.action.common;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.Objects;

/** What a listing needs to know of an entry, read without following links. */
record EntryAttributes(boolean folder, boolean fileOrLink, UserPrincipal owner, Instant modified, long size,
        Object identity) {
    static EntryAttributes of(BasicFileAttributes attrs, UserPrincipal owner) {
        return new EntryAttributes(attrs.isDirectory(), attrs.isRegularFile() || attrs.isSymbolicLink(), owner,
                attrs.lastModifiedTime().toInstant(), attrs.size(), attrs.fileKey());
    }

    /** Whether this is still the entry that was listed: the same file, unchanged, still the owner's. */
    boolean sameAs(EntryAttributes listed) {
        return folder == listed.folder && fileOrLink == listed.fileOrLink && owner.equals(listed.owner)
                && modified.equals(listed.modified) && size == listed.size
                && Objects.equals(identity, listed.identity);
    }

    /** Whether this is still the folder that was listed; what is in it may have changed. */
    boolean sameFolderAs(EntryAttributes listed) {
        return folder && listed.folder && owner.equals(listed.owner) && Objects.equals(identity, listed.identity);
    }
}
