/**
 * Companies as the API lets a vendor see them before they are its customers: found by exact e-mail address or
 * by name, showing only name, postal code and city, so that they can be linked (docs/product-rules.md rules 2
 * and 4).
 */
package com.clientbook.web.api.company;
