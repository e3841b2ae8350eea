package io.diffpress.site;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work spread item by item: each index once, a slow item does not hold back the others, an exception stops the rest. */
class ParallelTest {

    @Test
    void everyIndexOnce() {
        AtomicIntegerArray calls = new AtomicIntegerArray(10_000);
        Parallel.forEachIndex(calls.length(), calls::incrementAndGet);
        for (int i = 0; i < calls.length(); i++) {
            assertEquals(1, calls.get(i), "index " + i);
        }
        Parallel.forEachIndex(0, i -> {
            throw new AssertionError("no items, no calls");
        });
    }

    /**
     * While the first item waits for all the others, the other threads do them all: a parallel stream would have left the
     * rest of the first item's chunk to its thread, and the wait would end only at the timeout.
     */
    @Test
    void aSlowItemDoesNotHoldBackTheOthers() {
        int count = 1_000;
        CountDownLatch others = new CountDownLatch(count - 1);
        AtomicInteger timedOut = new AtomicInteger();
        Runnable run = () -> Parallel.forEachIndex(count, i -> {
            if (i == 0) {
                try {
                    if (!others.await(20, TimeUnit.SECONDS)) {
                        timedOut.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                others.countDown();
            }
        });
        run.run();
        assertEquals(0, timedOut.get(), "the other items were done while the first one waited");
        assertEquals(0, others.getCount());
    }

    /** When the exception reaches the caller, no item is still running: a failed build leaves nothing writing behind it. */
    @Test
    void theExceptionComesWhenEveryItemHasStopped() {
        for (int thrower = 0; thrower < 2; thrower++) { // the caller's own thread or the pool's throws
            int throwing = thrower;
            AtomicInteger running = new AtomicInteger();
            CountDownLatch bothStarted = new CountDownLatch(2);
            assertThrows(IllegalStateException.class, () -> Parallel.forEachIndex(2, i -> {
                running.incrementAndGet();
                bothStarted.countDown();
                try {
                    bothStarted.await(20, TimeUnit.SECONDS);
                    if (i == throwing) {
                        throw new IllegalStateException("item " + i);
                    }
                    Thread.sleep(300); // the other item is still at work when the first one throws
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            }));
            assertEquals(0, running.get(), "items still running when the exception reached the caller");
        }
    }

    @Test
    void theFirstExceptionReachesTheCallerAndStopsTheRest() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException thrown = new IllegalStateException("item 3");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> Parallel.forEachIndex(1_000_000, i -> {
            calls.incrementAndGet();
            if (i == 3) {
                throw thrown;
            }
        }));
        assertSame(thrown, caught, "the item's own exception, on whichever thread it was thrown");
        assertTrue(calls.get() < 1_000_000, "stopped after " + calls.get() + " calls");
    }
}
