package com.clientbook.web.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /invitation/sign-in.xhtml?token=…}: a page only signed-in people may open, so the sign-in form brings the
 * person back here afterwards; it sends them on to the invitation's page, now signed in.
 */
@Named
@RequestScoped
public class InvitationSignInBacking {

    @Inject
    FacesContext faces;

    private String token;

    public void continueToInvitation() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/invitation.xhtml?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
