/** The vendor admin's Custom fields page, and the custom fields on a customer's details page. */
package com.clientbook.web.customfield;
