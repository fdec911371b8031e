/**
 * A customer's home page: the vendors its company is connected with, and what is still to do with each (an invitation
 * to accept, an access request waiting for the vendor, a delivery location to add), read for the signed-in person.
 */
package com.clientbook.services.home;
