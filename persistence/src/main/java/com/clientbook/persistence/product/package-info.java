/**
 * Vendors' products: the vendor's list with search and paging, and what one of the vendor's customers may see (active,
 * and unrestricted or restricted to a label that customer carries). Every read names the vendor.
 */
package com.clientbook.persistence.product;
