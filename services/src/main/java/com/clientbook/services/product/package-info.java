/**
 * A vendor's products as use cases: list and search, create, describe anew, deactivate and reactivate, each change with
 * its version checked and in the vendor's history; and what one of the vendor's customers may see and order (active,
 * unrestricted or restricted to a label that customer carries). Vendor admins, staff and the vendor's API keys keep
 * products, as they keep routes.
 */
package com.clientbook.services.product;
