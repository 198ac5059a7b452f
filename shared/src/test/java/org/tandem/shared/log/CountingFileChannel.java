package org.tandem.shared.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** A file channel that counts how often it was forced to disk, and how many bytes had been written by then. */
final class CountingFileChannel extends FileChannel {
    private final FileChannel delegate;
    private long written;
    private int forces;
    private long writtenAtLastForce;
    private volatile boolean failing;

    CountingFileChannel(FileChannel delegate) {
        this.delegate = delegate;
    }

    int forces() {
        return forces;
    }

    /** Whether everything written so far was forced to disk. */
    boolean allForced() {
        return writtenAtLastForce == written;
    }

    /** From now on every fsync fails, as on a full or failing disk. */
    void failFromNowOn() {
        failing = true;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        if (failing) {
            throw new IOException("No space left on device");
        }
        delegate.force(metaData);
        forces++;
        writtenAtLastForce = written;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int n = delegate.write(src);
        written += n;
        return n;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long n = delegate.write(srcs, offset, length);
        written += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        int n = delegate.write(src, position);
        written += n;
        return n;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return delegate.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return delegate.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return delegate.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return delegate.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return delegate.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        delegate.truncate(size);
        return this;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return delegate.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        return delegate.transferFrom(src, position, count);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return delegate.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return delegate.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return delegate.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        delegate.close();
    }
}
