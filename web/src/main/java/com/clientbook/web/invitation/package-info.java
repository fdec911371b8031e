/**
 * The invitation pages: the vendor's "Invite customers" and "Invitations", and the public page behind an
 * invitation's link where the invited person accepts.
 */
package com.clientbook.web.invitation;
