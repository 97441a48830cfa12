package org.tvilling.platform.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A select written with jOOQ's DSL once, rendered to SQL once, and run with new bind values on every call:
 * building and rendering a query of many nested parts costs more CPU than the database takes to answer it
 * (benchmarks/README.md). Its own fields read each result, so nested rows, multisets and converters map as the
 * query defines them; the mapper turns the record into the answer. Write the select with a named
 * {@code DSL.param} for each value, each used once; a call gives the values by those names.
 *
 * <p>The rendered SQL is kept as the text between its bind markers and handed to jOOQ as one query part, not as
 * a plain-SQL template: jOOQ reads a template character by character (for its own placeholders), which for
 * the long statements of GetLetAsylCv and GetRegisteredSystemInfo cost as much as the rendering saved.
 */
public final class PreparedSelect<T> {

    private final List<String> between;
    /** The parameters' names in the order of their bind markers in the SQL. */
    private final List<String> parameters;

    private final List<Field<?>> fields;
    private final RecordMapper<Record, T> mapper;

    @SuppressWarnings("unchecked")
    public <R extends Record> PreparedSelect(DSLContext dsl, Select<R> select, RecordMapper<? super R, T> mapper) {
        String sql = dsl.render(select);
        this.between = List.of(sql.split("\\?", -1));
        // jOOQ lists a query's parameters as it renders them, so in the order of their markers; inlined values
        // are among them but have no marker.
        this.parameters = select.getParams().values().stream()
                .filter(parameter -> !parameter.isInline())
                .map(Param::getParamName)
                .toList();
        int markers = between.size() - 1;
        if (markers != dsl.extractBindValues(select).size() || markers != parameters.size()) {
            // A '?' that is no bind marker (in a literal, say), or a parameter used twice, would bind values to
            // the wrong markers.
            throw new IllegalArgumentException("the select has " + markers + " '?' for the parameters " + parameters
                    + ", each to be used once: " + sql);
        }
        this.fields = select.getSelect();
        // The records read below have the select's fields, in its order: they are Rs.
        this.mapper = record -> ((RecordMapper<R, T>) mapper).map((R) record);
    }

    /** The one row the values select, mapped; empty when there is none. */
    public Optional<T> fetchOptional(DSLContext dsl, Map<String, ?> values) {
        return query(dsl, values).fetchOptional(mapper);
    }

    ResultQuery<Record> query(DSLContext dsl, Map<String, ?> values) {
        if (values.size() != parameters.size() || !values.keySet().containsAll(parameters)) {
            throw new IllegalArgumentException(
                    "the select takes values for " + parameters + ", not for " + values.keySet());
        }
        return dsl.resultQuery("{0}", new Bound(values)).coerce(fields);
    }

    /** The rendered SQL with this call's values at its bind markers. */
    private final class Bound extends CustomQueryPart {

        private final List<Field<?>> values = new ArrayList<>();

        Bound(Map<String, ?> values) {
            for (String parameter : parameters) {
                this.values.add(DSL.val(values.get(parameter)));
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
