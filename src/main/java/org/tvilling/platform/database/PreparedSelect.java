package org.tvilling.platform.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Select;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A select written with jOOQ's DSL once, rendered to SQL once, and run with new bind values on every call:
 * building and rendering a query of many nested parts costs more CPU than the database takes to answer it
 * (benchmarks/README.md). Its own fields read each result, so nested rows, multisets and converters map as the
 * query defines them; the mapper turns the record into the answer. Write the select with a {@code DSL.param}
 * for each value, in the order the values appear in its SQL, which is the order {@link #fetchOptional} takes.
 *
 * <p>The rendered SQL is kept as the text between its bind markers and handed to jOOQ as one query part, not as
 * a plain-SQL template: jOOQ reads a template character by character (for its own placeholders), which for
 * the long statements of GetLetAsylCv and GetRegisteredSystemInfo cost as much as the rendering saved.
 */
public final class PreparedSelect<T> {

    private final List<String> between;
    private final List<Field<?>> fields;
    private final RecordMapper<Record, T> mapper;

    @SuppressWarnings("unchecked")
    public <R extends Record> PreparedSelect(DSLContext dsl, Select<R> select, RecordMapper<? super R, T> mapper) {
        String sql = dsl.render(select);
        this.between = List.of(sql.split("\\?", -1));
        int parameters = dsl.extractBindValues(select).size();
        if (between.size() != parameters + 1) {
            // A '?' that is no bind marker (in a literal, say) would shift every value after it.
            throw new IllegalArgumentException(
                    "the select has " + parameters + " bind values but " + (between.size() - 1) + " '?': " + sql);
        }
        this.fields = select.getSelect();
        // The records read below have the select's fields, in its order: they are Rs.
        this.mapper = record -> ((RecordMapper<R, T>) mapper).map((R) record);
    }

    /** The one row the values select, mapped; empty when there is none. */
    public Optional<T> fetchOptional(DSLContext dsl, Object... values) {
        if (values.length != between.size() - 1) {
            throw new IllegalArgumentException(
                    "the select takes " + (between.size() - 1) + " values, not " + values.length);
        }
        return dsl.resultQuery("{0}", new Bound(values)).coerce(fields).fetchOptional(mapper);
    }

    /** The rendered SQL with this call's values at its bind markers. */
    private final class Bound extends CustomQueryPart {

        private final List<Field<?>> values = new ArrayList<>();

        Bound(Object... values) {
            for (Object value : values) {
                this.values.add(DSL.val(value));
            }
        }

        @Override
        public void accept(Context<?> context) {
            context.sql(between.get(0));
            for (int i = 0; i < values.size(); i++) {
                context.visit(values.get(i)).sql(between.get(i + 1));
            }
        }
    }
}
