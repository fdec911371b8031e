/**
 * Idempotency-Key for creating calls: an integrator that retries a request (after a timeout, say) gets the first
 * answer again instead of a second customer. Knows requests only as an operation name and a canonical body, and
 * answers as a status, a body and a resource id, so it serves any API without knowing JAX-RS.
 */
package com.clientbook.services.idempotency;
