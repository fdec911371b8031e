package com.clientbook.services.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SSRF rules, with a resolver that answers from a table instead of DNS. */
class WebhookAddressPolicyTest {

    private static final Map<String, String> DNS = Map.of(
            "erp.example.com", "93.184.215.14",
            "localhost", "127.0.0.1",
            "rebound.example.com", "127.0.0.1",
            "metadata.example.com", "169.254.169.254",
            "intranet.example.com", "10.0.0.1",
            "v6local.example.com", "::1",
            "ula.example.com", "fd00:ec2::254");

    private final WebhookAddressPolicy policy = new WebhookAddressPolicy(WebhookAddressPolicyTest::resolve,
            Set.of("127.0.0.1:18091"));

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            if (host.matches("[0-9.]+|.*:.*")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertEquals(Optional.empty(), policy.refusal("https://erp.example.com/hooks/clientbook"));
        assertEquals(Optional.empty(), policy.refusal("https://93.184.215.14:8443/x"));
    }

    @Test
    void plainHttpIsRefused() {
        assertEquals(Optional.of("webhook.url.notHttps"), policy.refusal("http://erp.example.com/hooks"));
    }

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused() {
        for (String url : new String[] {"https://127.0.0.1/x", "https://10.0.0.1/x", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/x", "https://192.168.1.20/x", "https://172.16.5.4/x", "https://100.64.0.1/x",
                "https://0.0.0.0/x", "https://[::ffff:127.0.0.1]/x", "https://[fe80::1]/x", "https://localhost/x"}) {
            assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal(url), url);
        }
    }

    @Test
    void aNameResolvingToAnInternalAddressIsRefused() {
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://rebound.example.com/x"));
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://metadata.example.com/x"));
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://intranet.example.com/x"));
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://v6local.example.com/x"));
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://ula.example.com/x"));
    }

    @Test
    void onlyTheNamedTestHostAndPortAreExempt() {
        assertEquals(Optional.empty(), policy.refusal("http://127.0.0.1:18091/receiver"));
        assertEquals(Optional.of("webhook.url.notHttps"), policy.refusal("http://127.0.0.1:18092/receiver"));
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://127.0.0.1:18092/receiver"));
        assertEquals(Optional.of("webhook.url.internalAddress"), policy.refusal("https://rebound.example.com:18091/x"));
    }

    @Test
    void unknownNamesAndMalformedUrlsAreRefused() {
        assertEquals(Optional.of("webhook.url.unknownHost"), policy.refusal("https://nowhere.example.com/x"));
        assertEquals(Optional.of("webhook.url.malformed"), policy.refusal("not a url"));
        assertEquals(Optional.of("webhook.url.malformed"), policy.refusal("ftp://erp.example.com/x"));
        assertEquals(Optional.of("webhook.url.malformed"), policy.refusal("https://user:pw@erp.example.com/x"));
        assertEquals(Optional.of("webhook.url.malformed"), policy.refusal(null));
    }
}
