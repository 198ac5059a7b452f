package org.tandem.customer.action.common;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Iterator;

/**
 * A folder being swept: through an open handle ({@link SecureDirectoryStream}) where the system
 * has one, by path elsewhere.
 */
abstract class SweptFolder implements Closeable {
    final Path path;
    final DirectoryStream<Path> stream;

    SweptFolder(Path path, DirectoryStream<Path> stream) {
        this.path = path;
        this.stream = stream;
    }

    static SweptFolder open(Path path) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(path);
        return stream instanceof SecureDirectoryStream<Path> secure ? new Secure(path, secure) : new ByPath(path, stream);
    }

    Iterator<Path> names() {
        return stream.iterator();
    }

    Path path(Path name) {
        return path.resolve(name);
    }

    abstract EntryAttributes attributes(Path name) throws IOException;

    abstract SweptFolder enter(Path name) throws IOException;

    abstract void deleteFile(Path name) throws IOException;

    abstract void deleteFolder(Path name) throws IOException;

    @Override
    public void close() throws IOException {
        stream.close();
    }


    private static final class Secure extends SweptFolder {
        private final SecureDirectoryStream<Path> secure;

        Secure(Path path, SecureDirectoryStream<Path> secure) {
            super(path, secure);
            this.secure = secure;
        }

        @Override
        EntryAttributes attributes(Path name) throws IOException {
            PosixFileAttributes attrs = secure.getFileAttributeView(name, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            return EntryAttributes.of(attrs, attrs.owner());
        }

        @Override
        SweptFolder enter(Path name) throws IOException {
            return new Secure(path(name), secure.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        void deleteFile(Path name) throws IOException {
            secure.deleteFile(name);
        }

        @Override
        void deleteFolder(Path name) throws IOException {
            secure.deleteDirectory(name);
        }
    }

    private static final class ByPath extends SweptFolder {
        ByPath(Path path, DirectoryStream<Path> stream) {
            super(path, stream);
        }

        @Override
        EntryAttributes attributes(Path name) throws IOException {
            Path entry = path(name);
            return EntryAttributes.of(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS),
                    Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS));
        }

        @Override
        SweptFolder enter(Path name) throws IOException {
            Path inside = path(name);
            if (Files.isSymbolicLink(inside)) {
                throw new IOException("became a link");
            }
            return new ByPath(inside, Files.newDirectoryStream(inside));
        }

        @Override
        void deleteFile(Path name) throws IOException {
            Files.delete(path(name));
        }

        @Override
        void deleteFolder(Path name) throws IOException {
            Files.delete(path(name));
        }
    }
}
