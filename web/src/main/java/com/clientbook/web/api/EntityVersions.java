package com.clientbook.web.api;

import com.clientbook.web.api.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * How the API names versions: the ETag of a customer, vendor or route is its version number, and If-Match sends it
 * back to say "change it only if it is still this one".
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version an If-Match names: {@code "3"} (also weak, or unquoted). None, or {@code *}, means "whatever is
     * current". A value that cannot be a version of ours can never match: 412.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.response(Problem.of(Response.Status.PRECONDITION_FAILED,
                    "If-Match names no version of this resource; send the ETag from the last read.")).build());
        }
    }
}
