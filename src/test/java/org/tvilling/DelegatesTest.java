package org.tvilling;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * design.md §4: every operation of every spec is answered by a handwritten delegate. openapi-generator's
 * delegatePattern gives each method of a generated {@code <Tag>ApiDelegate} a default that answers 501, and the
 * generated controller falls back to that default when no bean implements the interface, so an operation added
 * to a spec would compile and answer 501 unnoticed. This fails instead, naming every such operation.
 */
class DelegatesTest {

    @Test
    void everyOperationOfEveryGeneratedDelegateIsImplementedByABean() throws ReflectiveOperationException {
        List<JavaClass> delegates = ArchitectureTest.MAIN.stream()
                .filter(ArchitectureTest.GENERATED_DELEGATE)
                .sorted(Comparator.comparing(JavaClass::getName))
                .toList();
        assertThat(delegates).as("generated delegate interfaces").isNotEmpty();

        List<String> unanswered = new ArrayList<>();
        for (JavaClass delegate : delegates) {
            // <Tag>Api beside <Tag>ApiDelegate: its mapped methods are the tag's operations.
            Class<?> api = Class.forName(delegate.getName().replaceFirst("Delegate$", ""));
            List<Method> operations = Arrays.stream(api.getMethods())
                    .filter(method -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class))
                    .sorted(Comparator.comparing(Method::getName))
                    .toList();
            List<JavaClass> beans = delegate.getAllSubclasses().stream()
                    .filter(type -> !type.getPackageName().contains(".generated."))
                    .filter(type -> type.isMetaAnnotatedWith(Component.class))
                    .toList();
            if (beans.size() != 1) {
                operations.forEach(operation -> unanswered.add("%s (%s): %d beans implement %s"
                        .formatted(operation.getName(), route(operation), beans.size(), delegate.getSimpleName())));
                continue;
            }
            Class<?> bean = beans.getFirst().reflect();
            for (Method operation : operations) {
                Method implementation = bean.getMethod(operation.getName(), operation.getParameterTypes());
                if (implementation.getDeclaringClass().isInterface()) {
                    unanswered.add("%s (%s): %s does not implement it"
                            .formatted(operation.getName(), route(operation), bean.getSimpleName()));
                }
            }
        }
        assertThat(unanswered)
                .as("operations that would answer the generated 501 instead of their documented responses")
                .isEmpty();
    }

    /** The operation's method and path as the spec writes it, relative to the spec's server URL. */
    private static String route(Method operation) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(operation, RequestMapping.class);
        return String.join(",", Arrays.stream(mapping.method()).map(Enum::name).toList()) + " "
                + String.join(",", mapping.value());
    }
}
