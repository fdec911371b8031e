package com.clientbook.web.people;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.people.ContactService;
import com.clientbook.services.user.InvalidLinkException;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code /confirm-email.xhtml?token=…}: the page a confirmation e-mail links to, open without signing in. The address
 * changes only when the person presses the button, so a mail scanner that follows links changes nothing.
 */
@Named
@ViewScoped
public class ConfirmEmailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contactService;

    @Inject
    Messages messages;

    private String token;
    private String confirmed;
    private boolean linkInvalid;

    public void confirm() {
        try {
            confirmed = contactService.confirmEmail(token);
        } catch (InvalidLinkException e) {
            linkInvalid = true;
        } catch (BusinessException e) {
            messages.refusal(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public boolean isLinkInvalid() {
        return linkInvalid;
    }
}
