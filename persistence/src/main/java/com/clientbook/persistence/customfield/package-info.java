/** Queries for a vendor's custom fields and their values. */
package com.clientbook.persistence.customfield;
