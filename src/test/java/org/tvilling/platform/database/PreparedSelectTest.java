package org.tvilling.platform.database;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class PreparedSelectTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    @Test
    void aQuestionMarkThatIsNoBindMarker_isRefusedWhenTheSelectIsPrepared() {
        var select = select(inline("why?"))
                .from(table("t"))
                .where(field("id", String.class).eq(param("id", String.class)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PreparedSelect<>(dsl, select, Record1::value1))
                .withMessageContaining("1 bind values but 2 '?'");
    }

    @Test
    void valuesOtherThanTheSelectsParameters_areRefused() {
        var prepared = new PreparedSelect<>(
                dsl,
                select(field("name", String.class))
                        .from(table("t"))
                        .where(field("id", String.class).eq(param("id", String.class))),
                Record1::value1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> prepared.fetchOptional(dsl, "a", "b"))
                .withMessage("the select takes 1 values, not 2");
    }
}
