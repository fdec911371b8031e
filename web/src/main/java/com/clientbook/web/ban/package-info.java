/** Bans in the pages: the ban and lift dialogs of a customer's details page. */
package com.clientbook.web.ban;
