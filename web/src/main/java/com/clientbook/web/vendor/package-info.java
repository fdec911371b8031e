/** The vendor's own pages: its settings and its dashboard. */
package com.clientbook.web.vendor;
