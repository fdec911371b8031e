package com.clientbook.services.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which webhook URLs Clientbook sends to, so that an endpoint cannot make the server call into its own network (SSRF):
 * {@code https://} only, and no name that resolves to a loopback, private, shared, link-local (the cloud metadata
 * service, 169.254.169.254, among them), unique-local, multicast or unspecified address. Checked at registration and
 * again before each delivery, so a name that later resolves elsewhere (DNS rebinding) is refused then.
 *
 * <p>{@code testHosts} ({@code host:port}, from the setting {@code CLIENTBOOK_WEBHOOKS_TEST_HOSTS}, empty by default)
 * are exempt, plain {@code http://} included: the system tests' receiver on 127.0.0.1. Nothing else is.
 */
public final class WebhookAddressPolicy {

    /** Resolves a host name to its addresses; the real one asks DNS, tests give their own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final Set<String> testHosts;

    public WebhookAddressPolicy(Resolver resolver, Set<String> testHosts) {
        this.resolver = resolver;
        this.testHosts = testHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The refusal's reason (a message key of the bundles, {@code webhook.url.*}), or empty when the URL may be used. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("webhook.url.malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isEmpty() || uri.getRawUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("webhook.url.malformed");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (isTestHost(host, bareHost, port)) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("webhook.url.notHttps");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            return Optional.of("webhook.url.unknownHost");
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of("webhook.url.unknownHost");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("webhook.url.internalAddress");
            }
        }
        return Optional.empty();
    }

    private boolean isTestHost(String host, String bareHost, int port) {
        String lower = bareHost.toLowerCase(Locale.ROOT);
        return testHosts.contains(lower + ":" + port) || testHosts.contains(host.toLowerCase(Locale.ROOT) + ":" + port);
    }

    /** Loopback, private, shared (100.64/10), link-local, unique-local, multicast, unspecified or reserved. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local (AWS's metadata service answers on fd00:ec2::254)
            }
            if (isMappedOrCompatible(b)) {
                try {
                    return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address, which decides. */
    private static boolean isMappedOrCompatible(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }
}
