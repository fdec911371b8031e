/**
 * Queries for invitations. Every read of a vendor's invitations takes the vendor's id; status filters compare
 * with the instant the caller passes, so expiry needs no job.
 */
package com.clientbook.persistence.invitation;
