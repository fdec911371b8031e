/**
 * The pages of a company's people: {@code /customer/people.xhtml} (a customer's admins and buyers),
 * {@code /vendor/team.xhtml} (a vendor's admins and staff) and {@code /admin/admins.xhtml} (the platform admins), one
 * part and one backing bean for all three; {@code /account/contact.xhtml}, where everyone keeps their own contact
 * data, and {@code /confirm-email.xhtml}, which a confirmation e-mail links to.
 */
package com.clientbook.web.people;
