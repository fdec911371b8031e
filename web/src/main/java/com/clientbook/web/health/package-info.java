/**
 * MicroProfile Health checks: what a load balancer or orchestrator asks before sending traffic to this
 * server ({@code /health/ready}).
 */
package com.clientbook.web.health;
