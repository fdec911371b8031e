/** The customer's delivery locations page. */
package com.clientbook.web.location;
