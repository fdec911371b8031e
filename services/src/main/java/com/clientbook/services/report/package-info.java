/**
 * The vendor's dashboard and reports, and the platform admin's report (issue 16): read-only use cases over
 * {@code persistence.report}, each checking who asks. Every count the dashboard links to a customer list filter is the
 * list's own count (the same query), so the two never disagree.
 */
package com.clientbook.services.report;
