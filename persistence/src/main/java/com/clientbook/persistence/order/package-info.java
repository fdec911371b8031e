/** Orders: stored, numbered per vendor, listed for the vendor and for the customer, summed into picking lists. */
package com.clientbook.persistence.order;
