/**
 * Companies: the legal businesses on the platform, vendors and customers, with their addresses.
 */
package com.clientbook.domain.company;
