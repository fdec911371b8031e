/** A vendor's customers in the pages: the lazy list and adding a customer. */
package com.clientbook.web.customer;
