/**
 * Accounts: signing in (slowed down and locked after repeated failures, see {@code SignInPolicy}), hashing passwords,
 * set-password and reset links, changing a password while signed in.
 */
package com.clientbook.services.user;
