package org.tvilling.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Claims that a test proves one documented response of api-specs/: the operation, its status and, where the
 * spec lists error codes for that response ({@code x-error-codes}), the code. {@link SpecCoverageTest} fails
 * while a documented response has no claim; {@link ContractExtension} fails a test whose claim its requests
 * never produced.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Covers.List.class)
public @interface Covers {

    /** The operationId as the spec writes it. */
    String operation();

    int status();

    /** The documented error code, or empty for a response without codes. */
    String code() default "";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Covers[] value();
    }
}
