/**
 * Bans: a vendor shuts one customer out, with a reason and an optional last day, and lifts it again; and
 * {@link com.clientbook.services.ban.CustomerAccess}, the one place that says whether a customer company may act
 * towards a vendor.
 */
package com.clientbook.services.ban;
