package org.tvilling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;

/**
 * The server's clock in the tests: the system clock until a test fixes it, so that time-dependent rules
 * (idle sessions, throttling windows) are tested by moving time, never by sleeping. A test that fixes or
 * moves it calls {@link #reset()} when it is done; the clock is shared by the one server of the suite.
 */
@TestConfiguration(proxyBeanMethods = false)
@Primary
public class TestClock extends Clock {

    /** Null while the clock follows the system clock. */
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** Stops the clock at the given instant. */
    public void fix(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a fixed clock on (or back, with a negative duration). */
    public void advance(Duration duration) {
        fixed.updateAndGet(now -> {
            if (now == null) {
                throw new IllegalStateException("fix the clock before moving it");
            }
            return now.plus(duration);
        });
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the server's clock is UTC");
    }
}
