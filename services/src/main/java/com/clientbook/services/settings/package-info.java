/** What a person chose for their own pages, remembered per person. */
package com.clientbook.services.settings;
