package com.clientbook.web.user;

import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.InvalidLinkException;
import com.clientbook.services.user.WeakPasswordException;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code /set-password.xhtml?token=…}: the page a set-password e-mail links to. Shows whose account the link
 * is for, takes the new password twice, and spends the link.
 */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "setPasswordForm";

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    private String token;
    private String email;
    private String password;
    private String repeatedPassword;
    private boolean done;

    public void open() {
        email = accounts.emailForLink(token).orElse(null);
    }

    public void save() {
        if (password == null || !password.equals(repeatedPassword)) {
            messages.errorText(FORM + ":repeatedPassword:input", messages.text("password.mismatch"));
            return;
        }
        try {
            accounts.setPassword(token, password);
            done = true;
        } catch (WeakPasswordException e) {
            messages.error(FORM + ":password:input", e);
        } catch (InvalidLinkException e) {
            email = null;
        }
        password = null;
        repeatedPassword = null;
    }

    /** Unknown, used and expired links all look the same: the link is of no use any more. */
    public boolean isLinkUsable() {
        return email != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public boolean isDone() {
        return done;
    }
}
