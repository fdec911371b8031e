package com.clientbook.web.user;

import com.clientbook.services.user.PasswordService;
import com.clientbook.services.user.WeakPasswordException;
import com.clientbook.services.user.WrongPasswordException;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /account/password.xhtml}: the signed-in person changes their own password, giving the current one first.
 * Every refusal is at its field and changes nothing; the fields are emptied either way, as passwords are never
 * sent back to the browser.
 */
@Named
@RequestScoped
public class ChangePasswordBacking {

    private static final String FORM = "changePasswordForm";

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private boolean done;

    public void save() {
        try {
            if (currentPassword == null) {
                messages.errorText(FORM + ":currentPassword:input", messages.text("changePassword.currentRequired"));
            } else if (newPassword == null) {
                messages.errorText(FORM + ":newPassword:input", messages.text("password.weak"));
            } else if (!newPassword.equals(repeatedPassword)) {
                messages.errorText(FORM + ":repeatedPassword:input", messages.text("password.mismatch"));
            } else {
                passwords.changePassword(currentUser.actor(), currentPassword, newPassword);
                done = true;
                messages.notice("changePassword.done");
            }
        } catch (WrongPasswordException e) {
            // a wrong current password is a failed sign-in: answered after the same delay, outside the transaction
            pause(e.delay().toMillis());
            messages.error(FORM + ":currentPassword:input", e);
        } catch (WeakPasswordException e) {
            messages.error(FORM + ":newPassword:input", e);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
