/**
 * API keys: how a vendor's ERP proves who it is. Only hashes of the secrets are kept.
 */
package com.clientbook.domain.apikey;
