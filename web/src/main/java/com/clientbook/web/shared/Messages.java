package com.clientbook.web.shared;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.primefaces.PrimeFaces;
import org.primefaces.component.api.UICalendar;
import org.primefaces.util.ComponentUtils;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for people, in their language, from the page bundle ({@code msg} in {@code faces-config.xml}).
 * A {@code null} client id puts the message above the form instead of at a field; {@link #notice} goes to
 * the layout's growl, for news that outlives the form it came from (a dialog that closed, say).
 */
@RequestScoped
public class Messages {

    @Inject
    FacesContext faces;

    /** The language of the page being answered, as the person's browser asked for it. */
    public Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    /** A field error of the services in the reader's words: from its key when it has one, else as it came. */
    public String text(InvalidInputException.FieldError error) {
        return error.messageKey() == null ? error.message() : text(error.messageKey(), error.arguments().toArray());
    }

    /** The pages' bundle in the page's language. */
    public ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = bundle();
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The bundle's text for the key, or {@code fallback} when the bundle has none (a value added later, say). */
    public String textOr(String key, String fallback) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public static final String NOTICE = "notice";

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * Good news, in the one place every page shows it: the growl of the layout, which an Ajax request updates for it
     * whatever else it updates (docs/user-guide.md, "Messages").
     */
    public void notice(String key, Object... arguments) {
        add(NOTICE, FacesMessage.SEVERITY_INFO, text(key, arguments));
        if (faces.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().update("growl");
        }
    }

    public void warn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    /** An error at a field (marked as wrong, keeping what was typed) or, with a {@code null} id, above the form. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        markInvalid(clientId);
    }

    /** A refusal from the services, in the person's language, at its field; marks the request as failed. */
    public void error(String clientId, BusinessException refusal) {
        errorText(clientId, text(refusal.messageKey(), refusal.arguments()));
    }

    /** A message already in words (e.g. interpolated by Bean Validation), at a field; marks the request as failed. */
    public void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
        markInvalid(clientId);
        faces.validationFailed();
    }

    /**
     * A refusal from the services on a form: each field error of refused input at the page's input for its field, any
     * other refusal at the input of the field it names (at the top of the form when it names none the form has).
     */
    public void refused(FormFields fields, BusinessException refused) {
        if (refused instanceof InvalidInputException invalid) {
            fieldErrors(fields, invalid);
        } else {
            error(fields.clientId(refused.field()), refused);
        }
    }

    /**
     * A refusal from the services on a form with one input: field errors of refused input at that input, any other
     * refusal at the top of the form.
     */
    public void refusedAt(String inputClientId, BusinessException refused) {
        if (refused instanceof InvalidInputException invalid) {
            fieldErrorsAt(inputClientId, invalid);
        } else {
            error(null, refused);
        }
    }

    /** Every field error of refused input, each at the page's input for its field. */
    public void fieldErrors(FormFields fields, InvalidInputException refused) {
        refused.errors().forEach(error -> errorText(fields.clientId(error.field()), text(error)));
    }

    /** Every field error of refused input at one input of the page ({@code null}: at the top of the form). */
    public void fieldErrorsAt(String clientId, InvalidInputException refused) {
        refused.errors().forEach(error -> errorText(clientId, text(error)));
    }

    /**
     * A refusal with nothing left to correct, such as an edit that came too late: shown at the top of the page, while
     * the request still counts as done, so the page shows the values that stand rather than the refused input.
     */
    public void refusalText(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    public void refusal(BusinessException refusal) {
        refusalText(text(refusal.messageKey(), refusal.arguments()));
    }

    /**
     * So that the theme shows the field as wrong, as it does after the field's own validation, and the field keeps
     * what the person typed. A refusal from the bean comes after the model was updated, when the input holds neither
     * a submitted nor a local value any more; an input marked invalid in a failed request then renders as empty
     * (PrimeFaces does so when empty strings are read as null, as here), which wiped refused values. The value the
     * model holds now, which is the value typed, goes back into the input as its submitted value. The id is looked up
     * with {@code invokeOnComponent}, so an input in a row of a repeat or table (a weekday's hours) is found too.
     */
    private void markInvalid(String clientId) {
        if (clientId == null) {
            return;
        }
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof UIInput input) {
                keepTyped(context, input);
                input.setValid(false);
            }
        });
    }

    private static void keepTyped(FacesContext context, UIInput input) {
        Object value = input.getValue();
        // Date pickers render their own value in the page's pattern; lists (chips, many-selects) are not one text.
        if (input.getSubmittedValue() != null || input instanceof UISelectMany || input instanceof UICalendar
                || value instanceof Collection || value != null && value.getClass().isArray()) {
            return;
        }
        String typed = ComponentUtils.getValueToRender(context, input);
        input.setSubmittedValue(typed == null ? "" : typed);
    }

    private void add(String clientId, FacesMessage.Severity severity, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
