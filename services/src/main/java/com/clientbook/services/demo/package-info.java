/**
 * Demo data for trying Clientbook and for the system tests; loaded only in demo mode.
 */
package com.clientbook.services.demo;
