package org.esafety.platform.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text that must be the name of one of an enum's constants. Inputs carry such choices as text, so
 * that a wrong one is refused against its field with the choices listed, like any other bad value.
 */
@Documented
@Constraint(validatedBy = EnumName.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumName {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EnumName, String> {

        private Enum<?>[] constants;
        private String message;

        @Override
        public void initialize(EnumName annotation) {
            constants = annotation.value().getEnumConstants();
            message = annotation.message().isEmpty()
                    ? "Choose one of " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "))
                    : annotation.message();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{")).addConstraintViolation();
            return false;
        }
    }
}
