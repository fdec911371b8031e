/**
 * Errors as RFC 9457 problem documents ({@code application/problem+json}): one mapper per kind of failure,
 * so every resource answers a refused request the same way, names the fields at fault, and never shows
 * an exception's text to a caller.
 */
package com.clientbook.web.api.problem;
