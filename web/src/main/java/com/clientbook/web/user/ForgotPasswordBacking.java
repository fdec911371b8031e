package com.clientbook.web.user;

import com.clientbook.services.user.PasswordService;
import com.clientbook.web.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * {@code /forgot-password.xhtml}: asks for an e-mail address and answers the same whether it has an account or not.
 * The service does the same work up to its writes either way; on top, the answer never comes sooner than
 * {@link #MINIMUM_ANSWER_TIME} after the request arrived, so the few milliseconds of those writes are hidden too.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    static final Duration MINIMUM_ANSWER_TIME = Duration.ofSeconds(1);
    private static final String FORM = "forgotPasswordForm";

    @Inject
    PasswordService passwords;

    @Inject
    Messages messages;

    private String email;
    private boolean sent;

    public void send() {
        if (email == null || email.isBlank()) {
            messages.errorText(FORM + ":email:input", messages.text("forgotPassword.emailRequired"));
            return;
        }
        long started = System.nanoTime();
        passwords.requestReset(email.strip());
        waitUntil(started + MINIMUM_ANSWER_TIME.toNanos());
        sent = true;
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(left).toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
