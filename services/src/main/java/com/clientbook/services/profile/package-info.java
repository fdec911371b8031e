/**
 * The company profile: a customer company's own description of itself (names, VAT id, industry, language and the
 * bill-to address), kept by its admins and read by all its people.
 */
package com.clientbook.services.profile;
