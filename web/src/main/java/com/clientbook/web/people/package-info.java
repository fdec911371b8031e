/**
 * The pages of a company's people: {@code /customer/people.xhtml}, where customer admins invite colleagues and manage
 * roles, {@code /account/contact.xhtml}, where everyone keeps their own contact data, and {@code /confirm-email.xhtml},
 * which a confirmation e-mail links to.
 */
package com.clientbook.web.people;
