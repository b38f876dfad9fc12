package dev.plotpress.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static dev.plotpress.server.RunningServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server with a token (bound beyond loopback) used from a browser, which cannot add an Authorization header to an
 * {@code <img>}: the page is opened once with {@code ?token=TOKEN}, answered with a 303 to the address without the
 * token and an HttpOnly, SameSite=Strict cookie; the page and its images then come with the cookie. Over real HTTP.
 */
class BrowserTokenTest {
    private static final String TOKEN = "s3cret-token-0123456789";

    @TempDir
    Path folder;

    @Test
    void openingAPageWithTheTokenSetsAStrictHttpOnlyCookieAndDropsTheTokenFromTheAddress() throws Exception {
        try (RunningServer server = new RunningServer(folder, o -> o.withToken(TOKEN))) {
            HttpResponse<byte[]> opened = server.get("/live/sales?region=south&token=" + TOKEN);

            assertThat(opened.statusCode()).isEqualTo(303);
            assertThat(opened.headers().firstValue("Location")).hasValue("/live/sales?region=south");
            String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith(TokenCheck.COOKIE + "=").contains("; HttpOnly", "; SameSite=Strict", "; Path=/")
                    .doesNotContain(TOKEN);
            for (int wait = 0; wait < 100 && !server.accessLog().contains(" 303 "); wait++) {
                Thread.sleep(20); // the line is written once the answer has gone
            }
            assertThat(server.accessLog()).contains("\"GET /live/sales?region=south&token=(hidden)\" 303 ").doesNotContain(TOKEN);
        }
    }

    @Test
    void withTheCookieThePagesAndTheirImagesAre200AndWithoutIt401() throws Exception {
        try (RunningServer server = new RunningServer(folder, o -> o.withToken(TOKEN))) {
            String cookie = server.get("/?token=" + TOKEN).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            HttpResponse<byte[]> dashboard = server.get("/", "Cookie", cookie);
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(text(dashboard)).contains("<img src=\"/charts/sales.png\"").doesNotContain(TOKEN);
            assertThat(server.get("/charts/sales.png", "Cookie", cookie).statusCode()).isEqualTo(200);
            assertThat(server.get("/live/sales", "Cookie", cookie).statusCode()).isEqualTo(200);
            assertThat(ServerApiTest.image(server.get("/charts/sales.png?region=south", "Cookie", cookie)).getWidth()).isEqualTo(400);

            assertThat(server.get("/").statusCode()).isEqualTo(401);
            assertThat(server.get("/charts/sales.png").statusCode()).isEqualTo(401);
            assertThat(server.get("/charts/sales.png", "Cookie", TokenCheck.COOKIE + "=" + TOKEN).statusCode()).isEqualTo(401);
            assertThat(server.get("/charts/sales.png", "Cookie", cookie + "0").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aWrongTokenInTheAddressIs401AndSetsNoCookie() throws Exception {
        try (RunningServer server = new RunningServer(folder, o -> o.withToken(TOKEN))) {
            HttpResponse<byte[]> wrong = server.get("/?token=guess");

            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(text(wrong)).contains("open the page once with ?token=TOKEN");
        }
    }

    @Test
    void theTokenCookieIsNotTheBearerToken() throws Exception {
        try (RunningServer server = new RunningServer(folder, o -> o.withToken(TOKEN))) {
            String value = server.get("/?token=" + TOKEN).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0].split("=", 2)[1];

            assertThat(server.get("/charts/sales.png", "Authorization", "Bearer " + value).statusCode()).isEqualTo(401);
            assertThat(server.get("/charts/sales.png", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        }
    }
}
