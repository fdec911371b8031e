/**
 * The platform API ({@code /api/v1/platform/…}): internal systems provision and administer vendors with a platform
 * API key, which a platform admin issues. Vendors' keys are refused here, platform keys everywhere else.
 */
package com.clientbook.web.api.platform;
