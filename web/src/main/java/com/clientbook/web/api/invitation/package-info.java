/**
 * The vendor's invitations in the API: invite one person, list them by status, resend, revoke.
 */
package com.clientbook.web.api.invitation;
