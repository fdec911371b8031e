package com.clientbook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Issue 6's import benchmark, against the running server on the generated platform (docs/benchmarks.md, "Import"):
 * uploads {@code benchmark.rows} (100,000) generated new customers of the benchmark vendor, first as a dry run, then as
 * a real import, and times each from the upload to DONE; then COPYs the same rows into a plain table of the same
 * database, PostgreSQL's own bulk path, for the ratio. While the server works it samples its used heap ({@code jstat})
 * and the resident memory of its process. Each run imports customers of its own (a run number in every
 * e-mail address and customer number), so it can be run again; each run leaves its 100,000 customers behind.
 *
 * <p>Options (system properties): {@code benchmark.url} (http://localhost:8080), {@code benchmark.apiKey},
 * {@code benchmark.rows} (100000), {@code benchmark.db} (jdbc:postgresql://127.0.0.1:5432/clientbook_bench),
 * {@code benchmark.dbUser} (postgres), {@code benchmark.dbPassword} (empty), {@code benchmark.serverPath} (.run/payara6:
 * the server whose resident memory is sampled).
 */
public final class ImportBenchmark {

    private static final String BOUNDARY = "clientbook-benchmark-boundary";
    private static final String[] KINDS = {"Gasthof", "Restaurant", "Hotel", "Café", "Bäckerei", "Kantine", "Bistro", "Weinstube"};
    private static final String[] NAMES = {"Krone", "Adler", "Hirsch", "Post", "Sonne", "Linde", "Rose", "Stern", "Löwen", "Bären"};
    private static final String[] FAMILIES = {"Huber", "Gruber", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer"};
    private static final String[] CITIES = {"Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "München", "Berlin", "Hamburg"};
    private static final String HEADER = "company name;email;customer number;labels;contact first name;contact last name;"
            + "phone;street;postal code;city;country;language\n";

    private final String url = System.getProperty("benchmark.url", "http://localhost:8080").replaceAll("/$", "");
    private final String apiKey = System.getProperty("benchmark.apiKey", "cb_benchmark_7c1e9a0d2f4b4e6c8a3d5f7b9e1c2a4d");
    private final int rows = Integer.getInteger("benchmark.rows", 100_000);
    private final String database = System.getProperty("benchmark.db", "jdbc:postgresql://127.0.0.1:5432/clientbook_bench");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        new ImportBenchmark().run();
    }

    private void run() throws Exception {
        // -Dbenchmark.repeat=N real imports (each a new file of new customers), -Dbenchmark.dryRun=false to leave the
        // dry run out, -Dbenchmark.webhookPort=P to alternate runs without and with a webhook endpoint (issue 17)
        int repeat = Integer.getInteger("benchmark.repeat", 1);
        boolean withDryRun = !"false".equals(System.getProperty("benchmark.dryRun"));
        int webhookPort = Integer.getInteger("benchmark.webhookPort", 0);
        Receiver receiver = webhookPort == 0 ? null : new Receiver(webhookPort);
        long endpoint = receiver == null ? 0 : endpoint(receiver.url());
        System.out.printf(Locale.ROOT, "Import benchmark: %,d rows, %d real import(s)%s, server %s, %d cores, load %s%n", rows,
                repeat, receiver == null ? "" : ", alternately without and with a webhook endpoint (" + receiver.url() + ")",
                url, Runtime.getRuntime().availableProcessors(), load());

        List<String> lines = new ArrayList<>();
        Map<String, List<Double>> rates = new java.util.LinkedHashMap<>();
        if (withDryRun) {
            String runId = Long.toString(System.currentTimeMillis(), 36);
            lines.add(line("dry run (upload to DONE)", importOnce(generate(runId), true)));
        }
        byte[] last = null;
        for (int run = 0; run < repeat; run++) {
            boolean hooked = receiver != null && run % 2 == 1;
            if (receiver != null) {
                activate(endpoint, hooked);
            }
            last = generate(Long.toString(System.currentTimeMillis(), 36));
            Result real = importOnce(last, false);
            String step = "real import" + (receiver == null ? "" : hooked ? ", endpoint subscribed" : ", no endpoint");
            lines.add(line(step + " (upload to DONE), load " + load(), real));
            rates.computeIfAbsent(step, k -> new ArrayList<>()).add(real.rowsPerSecond());
        }
        if (receiver != null) {
            activate(endpoint, false);
        }
        double copyRowsPerSecond = copy(last);

        System.out.println();
        System.out.println("| step | seconds | rows/s | counts | max heap used MB | max RSS MB |");
        System.out.println("| --- | ---: | ---: | --- | ---: | ---: |");
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "| PostgreSQL COPY into a plain table | %.2f | %,.0f | | | |%n", rows / copyRowsPerSecond,
                copyRowsPerSecond);
        System.out.println();
        rates.forEach((step, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "%s: median %,.0f rows/s of %s; / COPY %.3f%n", step, median,
                    sorted.stream().map(v -> String.format(Locale.ROOT, "%,.0f", v)).toList(), median / copyRowsPerSecond);
        });
        if (receiver != null) {
            System.out.printf(Locale.ROOT, "webhook posts received during the runs: %,d%n", receiver.posts.get());
            receiver.server.stop(0);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String line(String step, Result result) {
        return String.format(Locale.ROOT, "| %s | %.2f | %,.0f | %s | %.0f | %.0f |", step, result.seconds(),
                result.rowsPerSecond(), result.counts(), result.maxHeapBytes() / 1e6, result.maxRssBytes() / 1e6);
    }

    /** A local receiver answering 204 to every post, as an ERP's endpoint would (the server must allow its address). */
    private static final class Receiver {
        final com.sun.net.httpserver.HttpServer server;
        final AtomicLong posts = new AtomicLong();

        Receiver(int port) throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                posts.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }
    }

    /** The benchmark vendor's endpoint at this address, registered through the API the first time. */
    private long endpoint(String hookUrl) throws Exception {
        // a benchmark database has one vendor with an endpoint at this local address, if any
        try (Connection connection = connect(); var found = connection.prepareStatement(
                "select id from webhook_endpoint where url = ? order by id limit 1")) {
            found.setString(1, hookUrl);
            try (var row = found.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        String body = "{\"url\":\"" + hookUrl + "\",\"description\":\"import benchmark\",\"events\":[\"customer.created\","
                + "\"customer.updated\",\"customer.linked\",\"import.finished\"],\"active\":false}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/webhooks"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Registering the endpoint answered " + created.statusCode() + ": " + created.body());
        }
        return json.readTree(created.body()).get("id").asLong();
    }

    /** Switched in the database between runs, so deliveries left from a run wait (and cost nothing) in the next. */
    private void activate(long endpoint, boolean active) throws SQLException {
        try (Connection connection = connect(); var update = connection.prepareStatement(
                "update webhook_endpoint set active = ? where id = ?")) {
            update.setBoolean(1, active);
            update.setLong(2, endpoint);
            update.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database, System.getProperty("benchmark.dbUser", "postgres"),
                System.getProperty("benchmark.dbPassword", ""));
    }

    private record Result(double seconds, double rowsPerSecond, String counts, long maxHeapBytes, long maxRssBytes) {
    }

    /** Realistic new customers: names, addresses, a customer number and a label on some, unique per run. */
    private byte[] generate(String runId) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String name = KINDS[random.nextInt(KINDS.length)] + " " + NAMES[random.nextInt(NAMES.length)] + " "
                    + FAMILIES[random.nextInt(FAMILIES.length)] + " " + i;
            String city = CITIES[random.nextInt(CITIES.length)];
            csv.append(name).append(';')
                    .append("import-").append(runId).append('-').append(i).append("@customer.example;")
                    .append("IMP-").append(runId).append('-').append(i).append(';')
                    .append(i % 4 == 0 ? "Import, " + city : "").append(';')
                    .append("Eva;").append(FAMILIES[random.nextInt(FAMILIES.length)]).append(';')
                    .append("+43 1 ").append(100_000 + random.nextInt(900_000)).append(';')
                    .append("Hauptstraße ").append(1 + random.nextInt(200)).append(';')
                    .append(1000 + random.nextInt(9000)).append(';').append(city).append(';')
                    .append(i % 3 == 0 ? "DE" : "AT").append(";de\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Result importOnce(byte[] file, boolean dryRun) throws Exception {
        Sampler sampler = new Sampler();
        Thread sampling = new Thread(sampler, "memory-sampler");
        sampling.setDaemon(true);
        sampling.start();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(upload(file, dryRun), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("Upload answered " + started.statusCode() + ": " + started.body());
        }
        long id = json.readTree(started.body()).get("id").asLong();
        JsonNode state;
        while (true) {
            state = json.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/imports/" + id))
                    .header("Authorization", "Bearer " + apiKey).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (state.get("status").asText().matches("DONE|FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.stop = true;
        if (!"DONE".equals(state.get("status").asText())) {
            throw new IllegalStateException("Import " + id + " failed: " + state);
        }
        return new Result(seconds, rows / seconds, state.get("counts").toString(), sampler.maxHeap.get(), sampler.maxRss.get());
    }

    private HttpRequest upload(byte[] file, boolean dryRun) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"benchmark.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/imports")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** The same rows through COPY into a plain table with the file's columns (dropped afterwards); rows per second. */
    private double copy(byte[] file) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(database, System.getProperty("benchmark.dbUser", "postgres"),
                System.getProperty("benchmark.dbPassword", ""))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists import_benchmark_copy");
                statement.execute("create table import_benchmark_copy (company_name text, email text, customer_number text, "
                        + "labels text, first_name text, last_name text, phone text, street text, postal_code text, city text, "
                        + "country text, language text)");
            }
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy import_benchmark_copy from stdin with (format csv, delimiter ';', header true)",
                    new ByteArrayInputStream(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table import_benchmark_copy");
            }
            return copied / seconds;
        }
    }

    /** Samples the server's used heap (jstat) and its process's resident memory every 200 ms. */
    private final class Sampler implements Runnable {
        final AtomicLong maxHeap = new AtomicLong();
        final AtomicLong maxRss = new AtomicLong();
        volatile boolean stop;
        private final Optional<Path> status = serverProcessStatus();

        /** The server's used heap, from {@code jstat -gc}: survivor, eden and old space in use (KB columns). */
        private Optional<Long> heapUsed() throws IOException, InterruptedException {
            if (status.isEmpty()) {
                return Optional.empty();
            }
            String pid = status.get().getParent().getFileName().toString();
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", pid)
                    .redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            jstat.waitFor();
            if (lines.size() < 2) {
                return Optional.empty();
            }
            List<String> names = List.of(lines.get(0).trim().split("\\s+"));
            String[] values = lines.get(1).trim().split("\\s+");
            double kilobytes = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                kilobytes += Double.parseDouble(values[names.indexOf(column)]);
            }
            return Optional.of((long) (kilobytes * 1024));
        }

        @Override
        public void run() {
            while (!stop) {
                try {
                    heapUsed().ifPresent(used -> maxHeap.accumulateAndGet(used, Math::max));
                    if (status.isPresent()) {
                        for (String line : Files.readAllLines(status.get())) {
                            if (line.startsWith("VmRSS:")) {
                                maxRss.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")) * 1024, Math::max);
                            }
                        }
                    }
                    Thread.sleep(200);
                } catch (IOException | RuntimeException e) {
                    // a missed sample: the maximum is taken over the others
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** /proc/{pid}/status of the Payara Server that ./clientbook start runs (its copy under .run/), when there is one. */
    private static Optional<Path> serverProcessStatus() {
        String server = System.getProperty("benchmark.serverPath", ".run/payara6");
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        try {
                            String command = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                            return command.contains(server) && (command.contains("ASMain") || command.contains("glassfish.jar"));
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> p.resolve("status")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
