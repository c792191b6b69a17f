package dev.migrations.sql.dir;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads files ahead of a caller that takes them in order, so that reading (parallel) and hashing (sequential: the
 * sum is one running hash) overlap. Files are read in chunks on the common pool; while the chunk the caller needs
 * next is not there yet, the caller reads the first chunk nobody has started (that one, or a later one), so the
 * caller never waits for a busy pool and reads along when hashing is quick.
 */
final class OrderedReads {

    private static final int FILES_PER_CHUNK = 16;

    private OrderedReads() {
    }

    /**
     * Calls {@code consumer} with every name and its content, in the order of {@code names}.
     *
     * @param read reads one file; what it throws reaches the caller, for the first failing file in order
     */
    static void forEachInOrder(List<String> names, Function<String, byte[]> read,
            BiConsumer<String, byte[]> consumer) {
        AtomicBoolean stopped = new AtomicBoolean();
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < names.size(); from += FILES_PER_CHUNK) {
            chunks.add(new Chunk(names.subList(from, Math.min(names.size(), from + FILES_PER_CHUNK)), read, stopped));
        }
        try {
            if (chunks.size() > 1) {
                chunks.forEach(chunk -> ForkJoinPool.commonPool().execute(chunk::readUnlessStarted));
            }
            int unstarted = 0;
            for (int index = 0; index < chunks.size(); index++) {
                Chunk chunk = chunks.get(index);
                unstarted = Math.max(unstarted, index);
                while (!chunk.isDone() && unstarted < chunks.size()) {
                    chunks.get(unstarted++).readUnlessStarted();
                }
                List<byte[]> contents = chunk.contents();
                for (int i = 0; i < contents.size(); i++) {
                    consumer.accept(chunk.names.get(i), contents.get(i));
                }
            }
        } finally {
            stopped.set(true);
        }
    }

    /** Consecutive files, read once by whoever starts first. */
    private static final class Chunk {

        private final List<String> names;
        private final Function<String, byte[]> read;
        private final AtomicBoolean stopped;
        private final AtomicBoolean started = new AtomicBoolean();
        private final CompletableFuture<List<byte[]>> result = new CompletableFuture<>();

        Chunk(List<String> names, Function<String, byte[]> read, AtomicBoolean stopped) {
            this.names = names;
            this.read = read;
            this.stopped = stopped;
        }

        void readUnlessStarted() {
            if (stopped.get() || !started.compareAndSet(false, true)) {
                return;
            }
            try {
                List<byte[]> contents = new ArrayList<>(names.size());
                for (String name : names) {
                    contents.add(read.apply(name));
                }
                result.complete(contents);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        boolean isDone() {
            return result.isDone();
        }

        List<byte[]> contents() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
