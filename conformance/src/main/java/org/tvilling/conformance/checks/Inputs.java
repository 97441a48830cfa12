package org.tvilling.conformance.checks;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.regex.Pattern;
import org.tvilling.contract.Specs;

/** Input values derived from the contract: what a parameter's schema allows and what it refuses. */
final class Inputs {

    /** Tried in order: the first that the pattern refuses (even as a search, as ECMA-262 reads it) is taken. */
    private static final List<String> CANDIDATES =
            List.of("x", "1234", "abc-def", "ÆØÅ", "12345678901234567890x", "-", "0");

    private Inputs() {}

    /** The schema of a parameter of the operation (path, query or header). */
    static Schema<?> parameterSchema(Specs.DocumentedOperation operation, String in, String name) {
        return parameter(operation, in, name).getSchema();
    }

    static Parameter parameter(Specs.DocumentedOperation operation, String in, String name) {
        List<Parameter> parameters = operation.model().getParameters() == null
                ? List.of()
                : operation.model().getParameters();
        return parameters.stream()
                .filter(parameter -> in.equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        operation.operationId() + " documents no " + in + " parameter " + name));
    }

    /** A value that breaks the parameter's documented pattern. */
    static String breakingPattern(Specs.DocumentedOperation operation, String in, String name) {
        String pattern = parameterSchema(operation, in, name).getPattern();
        if (pattern == null) {
            throw new IllegalStateException(operation.operationId() + " " + name + " documents no pattern");
        }
        Pattern compiled = Pattern.compile(pattern);
        return CANDIDATES.stream()
                .filter(candidate -> !compiled.matcher(candidate).find())
                .findFirst()
                .or(() -> CANDIDATES.stream()
                        .filter(candidate -> !compiled.matcher(candidate).matches())
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("no candidate breaks " + pattern));
    }

    /** Whether the value is allowed by the parameter's documented pattern (matching the whole value). */
    static boolean matchesPattern(Specs.DocumentedOperation operation, String in, String name, String value) {
        String pattern = parameterSchema(operation, in, name).getPattern();
        return pattern == null || Pattern.compile(pattern).matcher(value).matches();
    }

    /** A value one character longer than the parameter's documented maxLength. */
    static String tooLong(Specs.DocumentedOperation operation, String in, String name) {
        Integer maxLength = parameterSchema(operation, in, name).getMaxLength();
        if (maxLength == null) {
            throw new IllegalStateException(operation.operationId() + " " + name + " documents no maxLength");
        }
        return "x".repeat(maxLength + 1);
    }
}
