package org.tvilling.platform.database;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Select;

/**
 * A select written with jOOQ's DSL once, rendered to SQL once, and run with new bind values on every call:
 * building and rendering a query of many nested parts costs more CPU than the database takes to answer it
 * (benchmarks/README.md). Its own fields read each result, so nested rows, multisets and converters map as the
 * query defines them; the mapper turns the record into the answer. Write the select with a {@code DSL.param}
 * for each value, in the order {@link #fetchOptional} receives them.
 */
public final class PreparedSelect<T> {

    private final String sql;
    private final List<Field<?>> fields;
    private final int parameters;
    private final RecordMapper<Record, T> mapper;

    @SuppressWarnings("unchecked")
    public <R extends Record> PreparedSelect(DSLContext dsl, Select<R> select, RecordMapper<? super R, T> mapper) {
        this.sql = dsl.render(select);
        this.fields = select.getSelect();
        this.parameters = dsl.extractBindValues(select).size();
        // The records read below have the select's fields, in its order: they are Rs.
        this.mapper = record -> ((RecordMapper<R, T>) mapper).map((R) record);
    }

    /** The one row the values select, mapped; empty when there is none. */
    public Optional<T> fetchOptional(DSLContext dsl, Object... values) {
        if (values.length != parameters) {
            throw new IllegalArgumentException("the select takes " + parameters + " values, not " + values.length);
        }
        return dsl.resultQuery(sql, values).coerce(fields).fetchOptional(mapper);
    }
}
