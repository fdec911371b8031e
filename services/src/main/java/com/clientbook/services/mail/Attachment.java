package com.clientbook.services.mail;

import java.util.Objects;

/**
 * A file an e-mail carries (one at most), stored in the outbox with its message.
 *
 * @param fileName    the name the recipient sees, e.g. {@code order-17.csv}
 * @param contentType the MIME type, e.g. {@code text/csv; charset=UTF-8}
 * @param content     the bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "An attachment has a file name");
        Objects.requireNonNull(contentType, "An attachment has a type");
        content = Objects.requireNonNull(content, "An attachment has content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
