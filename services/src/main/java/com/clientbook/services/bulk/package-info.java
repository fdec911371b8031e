/**
 * The customer list's bulk actions: one method per action, taking the actor and the customers' ids, that does to
 * each customer what the single action does (through the same services, so the same rules, history and e-mail) and
 * reports, per customer it refused, why. Each customer is its own transaction: one refusal never undoes the others.
 */
package com.clientbook.services.bulk;
