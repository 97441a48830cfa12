package org.tvilling;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements jOOQ executes, for tests that assert how many statements an operation takes. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements ExecuteListener {

    private final AtomicInteger executed = new AtomicInteger();

    @Bean
    DefaultExecuteListenerProvider statementCounting() {
        return new DefaultExecuteListenerProvider(this);
    }

    @Override
    public void executeStart(ExecuteContext context) {
        executed.incrementAndGet();
    }

    public void reset() {
        executed.set(0);
    }

    public int executed() {
        return executed.get();
    }
}
