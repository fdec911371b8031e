/** Vendors' routes with their stops, and vendors' closure days. Every read names the vendor. */
package com.clientbook.persistence.route;
