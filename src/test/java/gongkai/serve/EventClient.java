package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events subscriber, like a page's {@code EventSource}: each event with the time it arrived. */
final class EventClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event; {@code nanos} is {@link System#nanoTime()} when its last line was read. */
    record Event(String name, String data, long nanos) {
        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Stream<String> lines;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventClient(HttpResponse<Stream<String>> response) {
        this.lines = response.body();
        this.reader = new Thread(this::read, "test-sse-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    static EventClient connect(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        return new EventClient(response);
    }

    private void read() {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString(), System.nanoTime()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(6));
                }
            }
        } catch (RuntimeException e) {
            // The stream was closed.
        }
    }

    /** The next event, which must arrive within the preview's wait and have this name. */
    Event next(String name) throws InterruptedException {
        Event e = events.poll(Preview.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(e).as("an event \"" + name + "\" within " + Preview.WAIT.toSeconds() + " s").isNotNull();
        assertThat(e.name()).as("the event after waiting for \"" + name + "\": " + e.data()).isEqualTo(name);
        return e;
    }

    /** No event waiting right now. */
    boolean idle() {
        return events.isEmpty();
    }

    @Override
    public void close() {
        lines.close();
    }
}
