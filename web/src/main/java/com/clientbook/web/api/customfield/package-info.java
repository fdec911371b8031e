/** The API of a vendor's custom field definitions: /api/v1/custom-fields. */
package com.clientbook.web.api.customfield;
