/**
 * A vendor's customers as use cases: list, read (in full, with history), add, change the customer number, unlink. Every method takes the acting vendor and checks it.
 */
package com.clientbook.services.customer;
