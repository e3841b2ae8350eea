package io.diffpress.insight.llm;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops asking a service that is not there: after {@link #FAILURES_TO_OPEN} failed requests in a
 * row (no connection, no answer in time, a 5xx or a 4xx other than 429) or one refusal of the key (401, 403) or of the
 * model or deployment (404), the rest of the run uses the built-in text instead of paying
 * timeouts and retries for every remaining file. Shared by all threads of a run.
 */
final class CircuitBreaker {

    static final int FAILURES_TO_OPEN = 5;

    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicReference<String> openedBecause = new AtomicReference<>();

    boolean isOpen() {
        return openedBecause.get() != null;
    }

    /** An answer came back (even a refusal of one request): the service is there. */
    void answered() {
        failuresInARow.set(0);
    }

    void failed(String reason) {
        if (failuresInARow.incrementAndGet() >= FAILURES_TO_OPEN) {
            open(FAILURES_TO_OPEN + " requests in a row failed, the last: " + reason);
        }
    }

    /** Opens at once; the first reason is kept. */
    void open(String reason) {
        openedBecause.compareAndSet(null, reason);
    }

    Optional<String> reason() {
        return Optional.ofNullable(openedBecause.get());
    }
}
