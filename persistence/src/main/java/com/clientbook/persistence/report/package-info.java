/**
 * The dashboard's and the reports' queries (issue 16): counts and sums in SQL, each over an index of migration V32,
 * and the top 10 lists kept for a few minutes in {@code dashboard_top} (V33). Every query takes the vendor's id.
 */
package com.clientbook.persistence.report;
