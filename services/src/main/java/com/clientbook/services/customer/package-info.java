/**
 * A vendor's customers as use cases: list, read (in full, with history), add, link, change the customer number and
 * labels, unlink. Every method takes the acting vendor and checks it. Every path that connects a vendor and a customer
 * company (here, and in invitations and access requests) starts the relationship through
 * {@link com.clientbook.services.customer.CustomerRelationships}. Bans belong here too: the ban is part of the
 * relationship (as in the domain), and {@link com.clientbook.services.customer.CustomerAccess} is the one place that
 * says whether a customer company may act towards a vendor.
 */
package com.clientbook.services.customer;
