/** A vendor's own settings (today: whether it is listed in the vendor directory) and its funnel dashboard. */
package com.clientbook.services.vendor;
