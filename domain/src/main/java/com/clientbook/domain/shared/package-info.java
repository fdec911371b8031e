/**
 * The few pieces every feature shares: the business exceptions the services throw and the
 * pages and API translate, and normalisation of typed text.
 */
package com.clientbook.domain.shared;
