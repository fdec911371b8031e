/**
 * The route pages: the list of routes ({@code /vendor/routes.xhtml}), one route with its stops in the driver's order
 * and its history ({@code /vendor/route.xhtml}), and a route's day sheet for a date, printable and exported as CSV,
 * Excel and PDF ({@code /vendor/day-sheet.xhtml}). Vendor admins and staff alike keep routes, as the services and the
 * API allow (product rules: staff may do everything with customers except bans, unlinking and the vendor's settings).
 */
package com.clientbook.web.route;
