/**
 * A vendor's customers in the pages: the lazy list, adding and linking a customer, its details page and the ban
 * and lift dialogs.
 */
package com.clientbook.web.customer;
