/**
 * The history of companies and relationships: who changed what, when, from what to what.
 */
package com.clientbook.domain.audit;
