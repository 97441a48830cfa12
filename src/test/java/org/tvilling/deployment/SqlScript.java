package org.tvilling.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs one of the provisioning scripts of deploy/sql as psql would with {@code -v name=value}: each
 * {@code :'name'} becomes the value as a quoted literal. So the tests run the documented scripts themselves.
 */
final class SqlScript {

    private SqlScript() {}

    static void run(JdbcTemplate jdbc, String script, Map<String, String> variables) throws IOException {
        String sql = Files.readAllLines(Path.of("deploy/sql", script)).stream()
                .filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"));
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            sql = sql.replace(
                    ":'" + variable.getKey() + "'", "'" + variable.getValue().replace("'", "''") + "'");
        }
        if (sql.contains(":'")) {
            throw new IllegalArgumentException(script + " needs a variable that was not given: " + sql);
        }
        Arrays.stream(sql.split(";\\s*\\n"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .forEach(statement -> jdbc.execute(statement.replaceAll(";$", "")));
    }
}
