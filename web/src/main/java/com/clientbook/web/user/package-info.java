/**
 * A user's own sign-in in the pages: choosing a password from an e-mail link (first password or reset), asking
 * for a reset link, changing the password while signed in.
 */
package com.clientbook.web.user;
