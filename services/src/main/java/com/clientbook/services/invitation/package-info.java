/**
 * Invitations, one service per side: the vendor invites people (one, all customers with a label, or a pasted list of
 * addresses) and manages what it sent (resend, revoke) in {@link com.clientbook.services.invitation.InvitationService};
 * the invited person accepts through the e-mail's link, signed in or registering on the spot, in
 * {@link com.clientbook.services.invitation.InvitationAcceptanceService}. The e-mails' texts are
 * {@link com.clientbook.services.invitation.InvitationMails}'.
 */
package com.clientbook.services.invitation;
