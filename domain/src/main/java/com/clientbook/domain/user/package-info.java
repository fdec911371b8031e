/**
 * People who sign in, their roles and the single-use links that let them set a password.
 */
package com.clientbook.domain.user;
