/** A vendor's own fields on its customers (issue 17): their definitions, values and how values are written. */
package com.clientbook.domain.customfield;
