/**
 * A vendor's products: the articles its customers order, by article number (unique per vendor), with a unit, a pack
 * size and an optional price. A product may be restricted to the vendor's customers carrying one label; everyone else
 * does not see it.
 */
package com.clientbook.domain.product;
