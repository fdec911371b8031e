package com.clientbook.services.platform;

import com.clientbook.domain.shared.ConflictException;

/**
 * The e-mail address is in use on the platform already (a person's account, or a customer company's address). The
 * platform admin may know that it is taken; which kind of account holds it is not said.
 */
public class EmailOnPlatformException extends ConflictException {

    public EmailOnPlatformException(String field, String email) {
        super("platform.emailTaken", field, "The e-mail address " + email + " is in use on Clientbook already.", email);
    }
}
