/** A person's own account in the pages: choosing a password from an e-mail link, the customer's start page. */
package com.clientbook.web.account;
