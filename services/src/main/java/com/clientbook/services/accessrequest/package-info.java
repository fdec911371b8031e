/**
 * Access requests: a signed-in customer finds listed vendors and asks one for access; the vendor approves (the
 * relationship is created, origin REQUESTED) or rejects; the customer's people are e-mailed either way. Also the
 * customer's view of its vendors, with a vendor's restriction (ban) where there is one.
 */
package com.clientbook.services.accessrequest;
