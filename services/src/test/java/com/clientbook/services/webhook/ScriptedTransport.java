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
 * the status a test set for it (200 unless set). The system tests post over real HTTP to a real receiver.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ScriptedTransport extends WebhookTransport {

    /** One post as it was made. */
    public record Post(String url, String messageId, String signature, String body) {
    }

    private static final List<Post> POSTS = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> ANSWERS = new ConcurrentHashMap<>();

    @Override
    public Answer post(String url, String messageId, long timestampSeconds, String signature, String body) {
        POSTS.add(new Post(url, messageId, signature, body));
        int status = ANSWERS.getOrDefault(url, 200);
        return new Answer(status, null, "answer " + status, null);
    }

    public void answer(String url, int status) {
        ANSWERS.put(url, status);
    }

    public List<Post> postsTo(String url) {
        return POSTS.stream().filter(post -> post.url().equals(url)).toList();
    }
}
