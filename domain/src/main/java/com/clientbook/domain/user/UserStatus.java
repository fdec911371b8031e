package com.clientbook.domain.user;

/** Where a person's account stands. */
public enum UserStatus {
    /** Created by someone else; the person has not set a password yet. */
    PENDING,
    /** Has a password and may sign in. */
    ACTIVE,
    /** Switched off; cannot sign in. */
    DISABLED
}
