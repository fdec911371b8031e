package com.clientbook.web.security;

import com.clientbook.services.user.SignInPolicy;
import com.clientbook.web.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The sign-in form of {@code /login.xhtml}. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    SignInPolicy signInPolicy;

    @Inject
    SignInRefusal refusal;

    private String email;
    private String password;
    private boolean expired;
    private boolean failed;
    private String next;

    /**
     * An Ajax click on a page whose session ended was sent here by the sign-in check (view actions do not run
     * for Ajax requests, hence an event). Answering the XHR with this page would do nothing visible; a Faces
     * redirect moves the whole browser here instead.
     */
    public void leaveAjax() throws IOException {
        if (faces.getPartialViewContext().isAjaxRequest() && !faces.isPostback()) {
            redirect("/login.xhtml?expired=true");
        }
    }

    /** Someone already signed in has nothing to do here; a page that expired says so. */
    public void open() throws IOException {
        if (currentUser.isSignedIn()) {
            redirect(currentUser.homePage());
            return;
        }
        if (expired) {
            messages.warn(null, "login.expired");
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // where the container was sending the person, read before authenticating (which may drop it)
        java.util.Optional<String> saved = SignInDestination.savedByContainer(request.getSession(false), request.getContextPath());
        // A new session id at the moment the privilege changes: an id planted before sign-in is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for a sign-in
            case SUCCESS -> redirect(SignInDestination.fromParameter(next).or(() -> saved).orElseGet(currentUser::homePage));
            default -> {
                password = null;
                failed = refusal.suspensionReason() == null;
                if (failed) {
                    messages.error(null, "login.failed");
                } else {
                    messages.error(null, "login.suspended", refusal.suspensionReason());
                }
                faces.validationFailed();
            }
        }
    }

    private void redirect(String page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** After a refused sign-in the page explains the lock, which the refusal itself must not reveal. */
    public boolean isFailed() {
        return failed;
    }

    public int getLockAfter() {
        return signInPolicy.lockAfter();
    }

    public long getLockMinutes() {
        return signInPolicy.lockDuration().toMinutes();
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
