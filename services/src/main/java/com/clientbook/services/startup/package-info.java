/**
 * What runs once at deployment: schema migration, the first platform administrator, demo data when asked for.
 */
package com.clientbook.services.startup;
