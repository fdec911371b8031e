package com.clientbook.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which origins count as the site itself for a form post. */
class SecurityHeadersTest {

    @Test
    void theSameHostAndPortIsTheSameSiteAlsoWhenAProxyChangedTheScheme() {
        assertTrue(SecurityHeaders.sameHost("http://localhost:18080", "localhost:18080"));
        assertTrue(SecurityHeaders.sameHost("https://clientbook.example", "clientbook.example"));
        assertTrue(SecurityHeaders.sameHost("https://clientbook.example", "clientbook.example:443"));
    }

    @Test
    void anotherHostAnotherPortOrNoOriginAtAllIsAnotherSite() {
        assertFalse(SecurityHeaders.sameHost("http://evil.example", "localhost:18080"));
        assertFalse(SecurityHeaders.sameHost("http://localhost:9999", "localhost:18080"));
        assertFalse(SecurityHeaders.sameHost("null", "localhost:18080"));
        assertFalse(SecurityHeaders.sameHost("not a url", "localhost:18080"));
        assertFalse(SecurityHeaders.sameHost("http://localhost:18080.evil.example", "localhost:18080"));
    }
}
