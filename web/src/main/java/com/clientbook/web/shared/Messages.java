package com.clientbook.web.shared;

import com.clientbook.domain.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for people, in their language, from the page bundle ({@code msg} in {@code faces-config.xml}).
 * A {@code null} client id puts the message above the form instead of at a field.
 */
@RequestScoped
public class Messages {

    @Inject
    FacesContext faces;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void warn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A refusal from the services, in the person's language, and marks the request as failed. */
    public void error(String clientId, BusinessException refusal) {
        error(clientId, refusal.messageKey(), refusal.arguments());
        faces.validationFailed();
    }

    /** A message already in words (e.g. interpolated by Bean Validation), at a field. */
    public void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
        faces.validationFailed();
    }

    private void add(String clientId, FacesMessage.Severity severity, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
