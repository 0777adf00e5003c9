package org.esafety.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionProblemsTest {

    private record Node(ElementKind kind, String name) {
    }

    private static Node method(String name) {
        return new Node(ElementKind.METHOD, name);
    }

    private static Node parameter(String name) {
        return new Node(ElementKind.PARAMETER, name);
    }

    private static Node property(String name) {
        return new Node(ElementKind.PROPERTY, name);
    }

    /** A violation whose only answer is its property path: all that fieldOf reads. */
    private static ConstraintViolation<?> violationAt(Node... nodes) {
        List<Path.Node> path = new ArrayList<>();
        for (Node node : nodes) {
            path.add((Path.Node) Proxy.newProxyInstance(Path.Node.class.getClassLoader(),
                    new Class<?>[]{Path.Node.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getKind" -> node.kind();
                        case "getName" -> node.name();
                        case "toString" -> node.name();
                        default -> throw new UnsupportedOperationException(m.getName());
                    }));
        }
        Path propertyPath = (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[]{Path.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "iterator" -> path.iterator();
                    case "toString" -> path.toString();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (ConstraintViolation<?>) Proxy.newProxyInstance(ConstraintViolation.class.getClassLoader(),
                new Class<?>[]{ConstraintViolation.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getPropertyPath" -> propertyPath;
                    case "toString" -> "violation at " + path;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void bodyFieldIsNamedWithoutMethodAndParameter() {
        assertThat(ExceptionProblems.fieldOf(violationAt(method("create"), parameter("body"), property("email"))))
                .isEqualTo("email");
    }

    @Test
    void nestedBodyFieldKeepsItsPath() {
        assertThat(ExceptionProblems.fieldOf(violationAt(method("create"), parameter("body"), property("address"),
                property("postcode"))))
                .isEqualTo("address.postcode");
    }

    @Test
    void queryParameterIsNamedByItself() {
        assertThat(ExceptionProblems.fieldOf(violationAt(method("list"), parameter("limit"))))
                .isEqualTo("limit");
    }

    @Test
    void missingBodyIsReportedAsBody() {
        assertThat(ExceptionProblems.fieldOf(violationAt(method("create"), parameter("body"))))
                .isEqualTo("body");
    }

    @Test
    void violationOfTheWholeRequestIsReportedAsBody() {
        assertThat(ExceptionProblems.fieldOf(violationAt(method("create")))).isEqualTo("body");
    }
}
