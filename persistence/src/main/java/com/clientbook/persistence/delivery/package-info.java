/** Vendors' own delivery schedules for customer locations, and what a location's delivery days are read from. */
package com.clientbook.persistence.delivery;
