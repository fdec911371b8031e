package com.clientbook.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import java.util.ResourceBundle;
import java.util.Set;

/**
 * A default validator of every input on every page: a field whose submitted text held a NUL character (see
 * {@link NulCharacterGuard}) is refused at the field, in the person's language, and nothing is saved.
 */
@FacesValidator(value = NoNulCharacters.ID, isDefault = true)
public class NoNulCharacters implements Validator<Object> {

    public static final String ID = "clientbook.noNulCharacters";

    @Override
    public void validate(FacesContext faces, UIComponent component, Object value) {
        @SuppressWarnings("unchecked")
        Set<String> names = (Set<String>) faces.getExternalContext().getRequestMap().get(NulCharacterGuard.NAMES);
        boolean nulInValue = value instanceof String text && text.indexOf('\0') >= 0;
        if (!nulInValue && (names == null || !submittedBy(component.getClientId(faces), names))) {
            return;
        }
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = bundle.getString("input.nulCharacter");
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** PrimeFaces names some inputs' parameters after the component with a suffix ({@code menu_input}, say). */
    private static boolean submittedBy(String clientId, Set<String> names) {
        return names.stream().anyMatch(name -> name.equals(clientId) || name.startsWith(clientId + "_"));
    }
}
