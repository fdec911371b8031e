/**
 * Who may see which page: the form sign-in with Jakarta Security, the identity store over the account
 * service, the signed-in person for backing beans, sign-out. The API authenticates with API keys on its own.
 */
package com.clientbook.web.security;
