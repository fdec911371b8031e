/**
 * The e-mail outbox: mail written in the same transaction as the change that caused it, sent afterwards.
 */
package com.clientbook.domain.outbox;
