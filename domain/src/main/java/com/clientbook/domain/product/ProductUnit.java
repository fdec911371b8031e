package com.clientbook.domain.product;

/** What one ordered quantity of a product counts. Stored by name (V26__products.sql checks the list). */
public enum ProductUnit {
    PIECE,
    KG,
    G,
    L,
    CRATE,
    BOX,
    BOTTLE,
    BAG,
    PACK,
    CASE
}
