/**
 * Access requests in the pages: the vendor's decisions on the customer list and the menu badge, and the customer's
 * vendors page (directory, requests, connected vendors and their restrictions).
 */
package com.clientbook.web.accessrequest;
