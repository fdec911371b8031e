package com.clientbook.services.customer;

import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.persistence.company.CompanySearchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The handle of a search hit: what a vendor links a company it found by (docs/product-rules.md rule 11). It names
 * the company by its random public id, says until when it may be linked, and carries an HMAC over both and the
 * searching vendor, with a key that every node reads from the database (migration V18). So a handle cannot be made
 * up or counted through, is of no use to another vendor, and expires; no state is kept per search.
 */
@ApplicationScoped
public class SearchHitHandles {

    static final String FIELD = "handle";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int PUBLIC_ID_LENGTH = 36;
    private static final int MAC_LENGTH = 16;

    @Inject
    CompanySearchRepository search;

    private volatile byte[] key;

    protected SearchHitHandles() {
        // for CDI
    }

    /** For plain tests. */
    SearchHitHandles(byte[] key) {
        this.key = key.clone();
    }

    /** A handle for {@code vendorId} to link the company with this public id until {@code expiresAt}. */
    public String issue(long vendorId, String publicId, Instant expiresAt) {
        byte[] id = publicId.getBytes(StandardCharsets.US_ASCII);
        if (id.length != PUBLIC_ID_LENGTH) {
            throw new IllegalArgumentException("Not a public id: " + publicId);
        }
        ByteBuffer handle = ByteBuffer.allocate(PUBLIC_ID_LENGTH + Long.BYTES + MAC_LENGTH);
        handle.put(id).putLong(expiresAt.getEpochSecond()).put(mac(vendorId, id, expiresAt.getEpochSecond()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(handle.array());
    }

    /**
     * The public id the handle names, if {@code vendorId} got it from a search and it has not expired at {@code now}.
     * A handle that is malformed, made up or another vendor's is "not found", like an unknown company; an expired one
     * of the vendor's own is refused with a hint to search again.
     */
    public String read(long vendorId, String handle, Instant now) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(handle.strip());
        } catch (IllegalArgumentException e) {
            throw notFound(handle);
        }
        if (bytes.length != PUBLIC_ID_LENGTH + Long.BYTES + MAC_LENGTH) {
            throw notFound(handle);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] id = new byte[PUBLIC_ID_LENGTH];
        buffer.get(id);
        long expires = buffer.getLong();
        byte[] given = new byte[MAC_LENGTH];
        buffer.get(given);
        if (!MessageDigest.isEqual(given, mac(vendorId, id, expires))) {
            throw notFound(handle);
        }
        if (now.getEpochSecond() >= expires) {
            throw new RuleViolationException("directory.hitExpired", FIELD,
                    "This search hit expired at " + Instant.ofEpochSecond(expires)
                            + "; search the company again (GET /companies) and link the new hit.");
        }
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static NotFoundException notFound(String handle) {
        return new NotFoundException("Company", handle.length() > 12 ? handle.substring(0, 12) + "…" : handle);
    }

    private byte[] mac(long vendorId, byte[] publicId, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(vendorId).array());
            mac.update(publicId);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(expires).array());
            return Arrays.copyOf(mac.doFinal(), MAC_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = search.hitSigningSecret().getBytes(StandardCharsets.US_ASCII);
            key = known;
        }
        return known;
    }
}
