package com.clientbook.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks input against the Bean Validation rules the services enforce, but with the messages in the
 * person's language: the services' own check speaks the server's language, fine for logs and the API.
 */
@ApplicationScoped
public class LocalizedValidation {

    @Inject
    ValidatorFactory factory;

    public List<FieldProblem> problems(Object input, Locale locale) {
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        var validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        }).getValidator();
        return validator.validate(input).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** One field at fault and what to tell the person about it. */
    public record FieldProblem(String field, String message) {
    }
}
