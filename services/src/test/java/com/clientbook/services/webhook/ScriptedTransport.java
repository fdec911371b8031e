package com.clientbook.services.webhook;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The webhook transport of the services' test deployment: posts nothing, records every post and answers each URL with
 * the status a test set for it (200 unless set); posts under {@link #REAL} go over real HTTP (the benchmark). The
 * system tests post over real HTTP to a real receiver.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ScriptedTransport extends WebhookTransport {

    /** One post as it was made. */
    public record Post(String url, String messageId, long timestamp, String signature, String body) {
    }

    private static final List<Post> POSTS = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> ANSWERS = new ConcurrentHashMap<>();

    /** URLs under this prefix are posted for real, over HTTP to a receiver on this machine (the benchmark). */
    public static final String REAL = "https://93.184.215.14/real/";
    private static volatile String realTarget;

    @Override
    public Answer post(String url, String messageId, long timestampSeconds, String signature, String body) {
        if (url.startsWith(REAL) && realTarget != null) {
            return super.post(realTarget + url.substring(REAL.length()), messageId, timestampSeconds, signature, body);
        }
        POSTS.add(new Post(url, messageId, timestampSeconds, signature, body));
        int status = ANSWERS.getOrDefault(url, 200);
        return new Answer(status, null, "answer " + status, null);
    }

    /** Where posts to {@link #REAL} go, such as http://127.0.0.1:port/ (null: nowhere, recorded as the others). */
    public void postRealTo(String target) {
        realTarget = target;
    }

    public void answer(String url, int status) {
        ANSWERS.put(url, status);
    }

    public List<Post> postsTo(String url) {
        return POSTS.stream().filter(post -> post.url().equals(url)).toList();
    }
}
