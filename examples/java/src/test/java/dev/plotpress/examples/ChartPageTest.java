package dev.plotpress.examples;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChartPageTest {

    @Test
    void aRequestGetsAPageWithTheChartAsADataUri() throws Exception {
        HttpServer server = ChartPage.serve(0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]*)\" width=\"640\" height=\"480\">")
                    .matcher(response.body());
            assertThat(img.find()).as(response.body()).isTrue();
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
            assertThat(png.getWidth()).isEqualTo(640);
            assertThat(png.getHeight()).isEqualTo(480);
            assertThat(img.group(2)).isEqualTo("line chart of y against x from arrays");
        } finally {
            server.stop(0);
        }
    }
}
