/**
 * People who sign in, their roles, the lock that repeated failed sign-ins put on an account, and the single-use links
 * that let them set or reset a password.
 */
package com.clientbook.domain.user;
