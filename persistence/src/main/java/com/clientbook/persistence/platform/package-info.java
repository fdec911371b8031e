/**
 * What the platform administration reads across vendors: the vendor list with its counts, the platform's totals, a
 * vendor's history. Never a vendor's customers: only how many it has.
 */
package com.clientbook.persistence.platform;
