package io.diffpress.site;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work spread over every core item by item: each thread takes the next item as soon as it is done with one. A parallel
 * stream cuts a list into a few large chunks up front (four on two cores), and a chunk of costly items (report pages)
 * left to one thread at the end kept the other idle: the last 3.5 s of the 15 s of rendering 14,000 pages ran on one core.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * Calls {@code action} with each index below {@code count}, on every core. The first exception stops the work: no
     * thread starts another item, and once every thread has finished the item it was on, that exception itself is
     * thrown (not a copy made by the fork-join pool), so nothing of the work still runs when the caller handles it.
     */
    static void forEachIndex(int count, IntConsumer action) {
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1); // the common pool's and the caller
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                action.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        IntStream.range(0, threads).parallel().forEach(thread -> {
            try {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    action.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(count); // no more items for anyone
                if (!failure.compareAndSet(null, e)) {
                    failure.get().addSuppressed(e);
                }
            }
        });
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    /** Calls {@code action} with each item of {@code items}, on every core. */
    static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }
}
