/**
 * The platform administration: platform admins (and platform API keys) create vendors with their first admin, list,
 * read, change, suspend and reactivate them. They see vendors and counts, never a vendor's customers.
 */
package com.clientbook.services.platform;
