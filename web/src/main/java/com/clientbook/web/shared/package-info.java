/** What all pages share: messages from the bundles in the person's language, and the list of countries to choose from. */
package com.clientbook.web.shared;
