package com.clientbook.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers the page's request with the application's "not found" page (404): another vendor's id leaks nothing. */
public final class NotFoundResponse {

    private NotFoundResponse() {
    }

    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
