/**
 * Delivery locations: the customer company keeps them, its connected vendors read them.
 */
package com.clientbook.services.location;
