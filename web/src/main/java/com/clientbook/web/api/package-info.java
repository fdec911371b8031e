/**
 * The JAX-RS API for vendors' systems (ERPs, accounting, ordering) under {@code /api/v1}: authentication
 * by API key, and the conventions every resource shares. Resources live in one subpackage per feature;
 * they convert JSON to a service call and back and hold no business rules, so the API and the pages
 * can never disagree.
 */
package com.clientbook.web.api;
