/**
 * The people of a company, one feature for all three kinds: a vendor's team (admins and staff), a customer's people
 * (admins and buyers) and the platform operator's administrators. Admins invite colleagues by e-mail, change their
 * roles and deactivate them, never leaving the company without an active admin; and every person keeps their own
 * contact data, a new e-mail address taking effect only once a link sent to it is used. The links are the password
 * links of {@code services.user} (single-use, stored as hashes), so invited colleagues choose their password on the
 * same page.
 */
package com.clientbook.services.people;
