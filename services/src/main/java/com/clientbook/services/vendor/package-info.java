/**
 * A vendor's own side: its settings (whether it is listed in the vendor directory), its funnel dashboard, its profile
 * for customers, and what a suspension by the platform means for everything the vendor offers.
 */
package com.clientbook.services.vendor;
