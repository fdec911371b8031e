package com.clientbook.web.operations;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsEndpointTest {

    private static final String TOKEN = "a-token-of-sufficient-length";

    @Test
    void onlyTheBearerTokenOpensTheMetrics() {
        assertTrue(MetricsEndpoint.authorized("Bearer " + TOKEN, TOKEN));
        assertTrue(MetricsEndpoint.authorized("bearer  " + TOKEN + " ", TOKEN));
        assertFalse(MetricsEndpoint.authorized(null, TOKEN));
        assertFalse(MetricsEndpoint.authorized("Basic " + TOKEN, TOKEN));
        assertFalse(MetricsEndpoint.authorized("Bearer " + TOKEN + "x", TOKEN));
        assertFalse(MetricsEndpoint.authorized("Bearer ", TOKEN));
    }
}
