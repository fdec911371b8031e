/**
 * The API's face of delivery locations: a vendor reads the locations of its customers (each customer company keeps its
 * own, on its pages); the services decide what a vendor may see.
 */
package com.clientbook.web.api.location;
