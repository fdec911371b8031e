/**
 * The vendor admins' page for API keys: list, issue (the secret shown once) and revoke.
 */
package com.clientbook.web.apikey;
