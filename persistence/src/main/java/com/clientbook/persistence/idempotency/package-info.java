/** The stored answers to creating API calls sent with an Idempotency-Key, so a retry gets the first answer again. */
package com.clientbook.persistence.idempotency;
