/**
 * The vendor's products page ({@code /vendor/products.xhtml}): the list searched by article number or name and
 * filtered by active, paged by the database; the add/edit dialog with the label restriction chosen from the vendor's
 * labels; deactivate and reactivate. Vendor admins and staff alike keep products, as they keep routes.
 */
package com.clientbook.web.product;
