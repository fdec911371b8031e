/**
 * The platform administration's pages under {@code /admin/}: home with the platform's counts, the vendor list, New
 * vendor, a vendor's details with suspension, and the platform API keys (the vendor API keys page's bean serves it).
 */
package com.clientbook.web.platform;
