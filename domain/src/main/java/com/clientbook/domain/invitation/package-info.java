/**
 * Invitations: a vendor's offer to connect, sent by e-mail to a person with a single-use link. Pending until
 * accepted, revoked or expired; expiry is read from the clock, never written by a job.
 */
package com.clientbook.domain.invitation;
