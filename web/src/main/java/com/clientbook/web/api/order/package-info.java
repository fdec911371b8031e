/** The orders API: a vendor's orders for its ERP (delta sync, placing orders taken by phone, their steps). */
package com.clientbook.web.api.order;
