/**
 * The reports pages (issue 16): customer activity, invitations and routes for the vendor, the platform admin's
 * counts; each table exports to CSV and Excel with the customer export's neutralised cells. The charts' JSON is built
 * here too, for the dashboard and the reports.
 */
package com.clientbook.web.report;
