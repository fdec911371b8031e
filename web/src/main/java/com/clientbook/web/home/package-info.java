/** The customer's home page: its vendors and what is still to do with them. */
package com.clientbook.web.home;
