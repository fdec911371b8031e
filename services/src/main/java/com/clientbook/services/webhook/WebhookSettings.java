package com.clientbook.services.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The webhooks' one setting, {@code CLIENTBOOK_WEBHOOKS_TEST_HOSTS} (docs/operations.md): {@code host:port} pairs,
 * comma-separated, that may receive webhooks although they are internal addresses or plain http, for a test receiver.
 * Unset in production: then every endpoint must be public https.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "clientbook.webhooks.test-hosts")
    Optional<String> testHosts;

    /** The policy every URL is checked against, resolving names through DNS. */
    public WebhookAddressPolicy addressPolicy() {
        return new WebhookAddressPolicy(InetAddress::getAllByName, testHosts());
    }

    Set<String> testHosts() {
        return testHosts.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
