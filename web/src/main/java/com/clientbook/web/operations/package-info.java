/**
 * What an operator watches: {@code /metrics} for Prometheus ({@link com.clientbook.web.operations.MetricsEndpoint}) and
 * the request log ({@link com.clientbook.web.operations.RequestLog}).
 */
package com.clientbook.web.operations;
