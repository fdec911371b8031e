/**
 * What every API request passes before a resource sees it, whatever the resource: the rate limit per API key,
 * the size limit of a JSON body, and the refusal of bytes no field may hold (NUL, invalid UTF-8). docs/security.md
 * lists them with their settings.
 */
package com.clientbook.web.api.guard;
