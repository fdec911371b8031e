/**
 * Issuing API keys and recognising them on API calls.
 */
package com.clientbook.services.apikey;
