package com.clientbook.web.security;

import com.clientbook.domain.user.Role;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.SignedInUser;
import jakarta.security.enterprise.CallerPrincipal;

import java.io.Serializable;

/**
 * The signed-in person as the container keeps them for the session: named by e-mail address, and carrying
 * what the pages need to act for them, so that no request has to look the person up again. Plain fields,
 * because the server may write the session (and this principal with it) to another node.
 */
public class ClientbookPrincipal extends CallerPrincipal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final long companyId;
    private final String companyName;
    private final Role role;
    private final String displayName;

    public ClientbookPrincipal(SignedInUser user) {
        super(user.email());
        this.userId = user.userId();
        this.companyId = user.companyId();
        this.companyName = user.companyName();
        this.role = user.role();
        this.displayName = user.displayName();
    }

    public SignedInUser signedInUser() {
        return new SignedInUser(userId, companyId, companyName, role, getName(), displayName);
    }

    public Actor actor() {
        return signedInUser().actor();
    }

    public Role role() {
        return role;
    }

    public String companyName() {
        return companyName;
    }

    public String displayName() {
        return displayName;
    }
}
