/**
 * The figures of the vendor's dashboard and reports (issue 16), as the repository reads them and the pages show
 * them: counts per week or day, ranked products and customers, a customer's ordering activity, invitations per week
 * and per sender, routes per weekday and delivery day, the platform's counts. Values only; how each is computed is in
 * docs/architecture.md, "Dashboard and reports".
 */
package com.clientbook.domain.report;
