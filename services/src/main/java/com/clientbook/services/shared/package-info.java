/**
 * Cross-cutting pieces of the services: who acts (Actor), configuration, input validation, secrets and the clock.
 */
package com.clientbook.services.shared;
