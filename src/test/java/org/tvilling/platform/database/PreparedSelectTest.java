package org.tvilling.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class PreparedSelectTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    private final PreparedSelect<String> byIdAndCompany = new PreparedSelect<>(
            dsl,
            select(field("name", String.class))
                    .from(table("t"))
                    .where(field("id", String.class)
                            .eq(param("id", String.class))
                            .and(field("company", String.class).eq(param("company", String.class)))),
            Record1::value1);

    @Test
    void values_areBoundToTheirParametersByName() {
        String sql = dsl.renderInlined(byIdAndCompany.query(dsl, Map.of("company", "c-1", "id", "i-1")));

        assertThat(sql).isEqualTo("select name from t where (id = 'i-1' and company = 'c-1')");
    }

    @Test
    void aQuestionMarkThatIsNoBindMarker_isRefusedWhenTheSelectIsPrepared() {
        var select = select(inline("why?"))
                .from(table("t"))
                .where(field("id", String.class).eq(param("id", String.class)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PreparedSelect<>(dsl, select, Record1::value1))
                .withMessageContaining("2 '?' for the parameters [id]");
    }

    @Test
    void aParameterUsedTwice_isRefusedWhenTheSelectIsPrepared() {
        var select = select(field("name", String.class))
                .from(table("t"))
                .where(field("id", String.class)
                        .eq(param("id", String.class))
                        .or(field("alias", String.class).eq(param("id", String.class))));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PreparedSelect<>(dsl, select, Record1::value1))
                .withMessageContaining("2 '?' for the parameters [id]");
    }

    @Test
    void valuesOtherThanTheSelectsParameters_areRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> byIdAndCompany.fetchOptional(dsl, Map.of("id", "i-1", "name", "n")))
                .withMessage("the select takes values for [id, company], not for "
                        + Map.of("id", "i-1", "name", "n").keySet());
    }
}
