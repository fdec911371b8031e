/**
 * Access requests: a customer company asks a listed vendor to become its customer; the vendor approves (the
 * relationship is created) or rejects.
 */
package com.clientbook.domain.accessrequest;
