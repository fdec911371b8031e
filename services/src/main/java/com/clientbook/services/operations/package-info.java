/**
 * Running the application: the server's metrics ({@link com.clientbook.services.operations.ServerMetrics}) and the
 * figures they read.
 */
package com.clientbook.services.operations;
