/**
 * A vendor's customers as use cases: list, read, add. Every method takes the acting vendor and checks it.
 */
package com.clientbook.services.customer;
