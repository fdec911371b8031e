/** Custom fields: a vendor admin defines them; the vendor's people and API keys read and write their values. */
package com.clientbook.services.customfield;
