/**
 * Accounts: signing in, hashing passwords, set-password links.
 */
package com.clientbook.services.user;
