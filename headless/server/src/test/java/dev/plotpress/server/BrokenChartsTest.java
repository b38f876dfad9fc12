package dev.plotpress.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.plotpress.server.RunningServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A served folder with broken specs beside the good ones: every 400 says how to fix it, and the dashboard shows a
 * broken chart's error where its image would be, not an image that cannot load.
 */
class BrokenChartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(folder);
        Files.writeString(folder.resolve("outside.yaml"), "kind: bar\nx: weather\ndata: {file: /etc/hostname}\n");
        Files.writeString(folder.resolve("badyaml.yaml"), "kind: line\ndata: {file: north.csv\ntitle: [unclosed\n");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aSpecWithAnAbsoluteDataPathIsA400WithAFix() throws Exception {
        JsonNode error = refused(server.get("/charts/outside.png"));

        assertThat(error.get("error").asText()).contains("only regular files inside the served folder can be read");
        assertThat(error.get("fix").asText()).contains("data: {file: NAME.csv}");
    }

    @Test
    void badYamlIsA400WithAFix() throws Exception {
        JsonNode error = refused(server.get("/charts/badyaml.png"));

        assertThat(error.get("where").asText()).startsWith("badyaml.yaml:");
        assertThat(error.get("fix").isNull()).as("fix of %s", error).isFalse();
        assertThat(error.get("fix").asText()).isNotBlank();
    }

    @Test
    void postedSpecsThatAreRefusedCarryAFixToo() throws Exception {
        String[] bodies = {"kind: line\ndata: {file: /etc/hostname}\n", "kind: line\n  data: [\n", "kind: line\n",
                "kind: line\ndata: {csv: \"a\\n1\"}\nx: nope\n", "kind: nope\ndata: {csv: \"a\\n1\"}\n", ""};
        for (String body : bodies) {
            HttpResponse<byte[]> response = server.post("/render", "application/yaml", body);
            JsonNode error = JSON.readTree(response.body());

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(error.get("fix").isNull()).as("fix of %s for %s", error, body).isFalse();
            assertThat(error.get("fix").asText()).as(body).isNotBlank();
        }
    }

    @Test
    void theDashboardShowsABrokenChartsErrorInItsPlace() throws Exception {
        String page = text(server.get("/"));

        assertThat(page).contains("<img src=\"/charts/sales.png\"").doesNotContain("<img src=\"/charts/outside.png\"")
                .doesNotContain("<img src=\"/charts/badyaml.png\"");
        assertThat(page).contains("<figure class=\"broken\"><figcaption><strong>outside</strong> cannot be drawn: "
                + "only regular files inside the served folder can be read");
        assertThat(page).contains("<strong>badyaml</strong> cannot be drawn: this is not valid YAML");
        assertThat(page).doesNotContain(folder.toString());
    }

    private static JsonNode refused(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(400);
        return JSON.readTree(response.body());
    }
}
