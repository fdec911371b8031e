package com.clientbook.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployment group of profile {@code nodes} ({@code ./clientbook it-nodes-start}): instances
 * {@code clientbook-node-1}, {@code -2} behind HAProxy, which marks a session's instance in its cookie
 * ({@code JSESSIONID=node1~…}). Set by the build: {@code clientbook.nodes.instancesDir} (the instances' directories,
 * each with its {@code config/pid}) and {@code clientbook.script}.
 */
final class Nodes {

    private static final Pattern INSTANCE = Pattern.compile("^node(\\d+)~");

    private Nodes() {
    }

    /** The number of the instance HAProxy sends this session to, from its cookie's prefix. */
    static int instanceOf(String sessionCookie) {
        Matcher instance = INSTANCE.matcher(sessionCookie == null ? "" : sessionCookie);
        if (!instance.find()) {
            throw new AssertionError("HAProxy did not mark the session with its instance: JSESSIONID=" + sessionCookie);
        }
        return Integer.parseInt(instance.group(1));
    }

    /** The instance's process, while it runs. */
    static Optional<ProcessHandle> process(int instance) {
        Path pidFile = Path.of(System.getProperty("clientbook.nodes.instancesDir"), "clientbook-node-" + instance, "config", "pid");
        try {
            return Files.exists(pidFile) ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive)
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the instance as a crash would: SIGKILL, no shutdown. Returns once it is gone. */
    static void kill(int instance) throws InterruptedException {
        ProcessHandle process = process(instance).orElseThrow(() -> new AssertionError("instance " + instance + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Starts the instance again (on the group's database and deployment) when it is not running, until it is ready. */
    static void ensureRunning(int instance) throws IOException, InterruptedException {
        if (process(instance).isPresent()) {
            return;
        }
        Process script = new ProcessBuilder(System.getProperty("clientbook.script", "../clientbook"), "it-nodes-instance", "start",
                String.valueOf(instance)).inheritIO().start();
        if (!script.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS) || script.exitValue() != 0) {
            script.destroyForcibly();
            throw new AssertionError("instance " + instance + " did not start again");
        }
    }
}
