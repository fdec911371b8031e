/** The customer's company profile page. */
package com.clientbook.web.profile;
