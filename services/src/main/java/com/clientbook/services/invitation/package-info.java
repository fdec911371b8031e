/**
 * Invitations: a vendor invites people (one, all customers with a label, or a pasted list of addresses), manages
 * what it sent (resend, revoke), and the invited person accepts through the e-mail's link, signed in or
 * registering on the spot.
 */
package com.clientbook.services.invitation;
