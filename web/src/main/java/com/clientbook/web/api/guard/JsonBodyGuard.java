package com.clientbook.web.api.guard;

import com.clientbook.web.api.problem.Problem;
import com.clientbook.web.api.problem.Problem.FieldProblem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every JSON request body, before it is bound to a resource's DTO: at most {@link ApiLimits#maxJsonBytes} bytes
 * (413, told by {@code Content-Length} before anything is read, or while reading a body without one), valid UTF-8
 * (400: a replacement character must never be stored in place of what the caller sent), and no NUL character in
 * any string, also not as the escape {@code \u0000} (400 naming each field: PostgreSQL cannot store it, and a
 * refusal that names the field is what the caller can act on).
 *
 * <p>Runs before {@code MalformedJsonInterceptor} (priority), which turns JSON that does not parse into its own 400.
 */
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ReaderInterceptor, ContainerRequestFilter {

    @Inject
    ApiLimits limits;

    /** The size a request declares is refused before the body is read. */
    @Override
    public void filter(ContainerRequestContext request) {
        if (isJson(request.getMediaType()) && request.getLength() > limits.maxJsonBytes()) {
            request.abortWith(tooLarge().getResponse());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxJsonBytes() + 1));
        if (body.length > limits.maxJsonBytes()) {
            throw tooLarge();
        }
        String text = strictUtf8(body);
        List<FieldProblem> nul = fieldsWithNul(text);
        if (!nul.isEmpty()) {
            throw new BadRequestException(Problem.response(Problem.of(Response.Status.BAD_REQUEST,
                    "A text in the request holds a NUL character (\\u0000), which no field may hold.").withErrors(nul)).build());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private WebApplicationException tooLarge() {
        return new ClientErrorException(Problem.response(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The JSON request body is larger than " + limits.maxJsonBytes() + " bytes.")).build());
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException(Problem.response(Problem.of(Response.Status.BAD_REQUEST,
                    "The request body is not valid UTF-8; send JSON encoded as UTF-8.")).build());
        }
    }

    /**
     * The fields (as paths like {@code address.street} or {@code labels[2]}) whose name or text holds a NUL; JSON that
     * does not parse is left to the parser that binds it, unless it holds a raw NUL byte.
     */
    static List<FieldProblem> fieldsWithNul(String text) {
        if (text.indexOf('\0') < 0 && !text.contains("\\u0000")) {
            return List.of();
        }
        List<FieldProblem> found = new ArrayList<>();
        Deque<Object> path = new ArrayDeque<>(); // String key of an object member, or int[] index in an array
        String key = null;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        key = parser.getString();
                        if (key.indexOf('\0') >= 0) {
                            found.add(nul(pathOf(path, key.replace('\0', '?'))));
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        path.push(nextSegment(path, key));
                        if (event == JsonParser.Event.START_ARRAY) {
                            path.push(new int[]{-1});
                        }
                        key = null;
                    }
                    case END_ARRAY -> {
                        path.pop();
                        path.pop();
                    }
                    case END_OBJECT -> path.pop();
                    case VALUE_STRING -> {
                        Object segment = nextSegment(path, key);
                        if (parser.getString().indexOf('\0') >= 0) {
                            found.add(nul(pathOf(path, segment)));
                        }
                        key = null;
                    }
                    default -> {
                        nextSegment(path, key);
                        key = null;
                    }
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException notJson) {
            if (found.isEmpty() && text.indexOf('\0') >= 0) {
                found.add(nul(""));
            }
        }
        return found;
    }

    /** The member's key, or the next index when the value is an element of an array. */
    private static Object nextSegment(Deque<Object> path, String key) {
        if (key != null) {
            return key;
        }
        if (!path.isEmpty() && path.peek() instanceof int[] index) {
            index[0]++;
            return index[0];
        }
        return "";
    }

    private static String pathOf(Deque<Object> path, Object last) {
        StringBuilder field = new StringBuilder();
        List<Object> segments = new ArrayList<>(path);
        java.util.Collections.reverse(segments);
        segments.add(last);
        for (Object segment : segments) {
            if (segment instanceof int[]) {
                continue; // the counter of an array; the element's index follows as an Integer
            }
            if (segment instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else if (!segment.toString().isEmpty()) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(segment);
            }
        }
        return field.toString();
    }

    private static FieldProblem nul(String field) {
        return new FieldProblem(field, "holds a NUL character (\\u0000); remove it.");
    }
}
