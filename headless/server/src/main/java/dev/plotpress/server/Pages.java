package dev.plotpress.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The two HTML pages: {@code /}, every chart of the folder as an {@code <img>}, and {@code /live/NAME}, one chart
 * that follows its data file: a few lines of script ask for the image once a second with If-None-Match and swap it
 * in when the answer is a 200 rather than a 304 (nothing is drawn for a 304).
 */
final class Pages {
    private static final String STYLE = "<style>body{font-family:sans-serif;margin:2em;background:#fafafa}"
            + "figure{display:inline-block;vertical-align:top;margin:0 1em 1em 0;background:#fff;padding:.5em;border:1px solid #ddd}"
            + "img{max-width:100%;height:auto}figcaption{font-size:.9em;color:#444}"
            + "figure.broken{max-width:400px;border-color:#d9a0a0}figure.broken figcaption{color:#8a1f1f}</style>";

    /**
     * What only drawing finds (a column the data file lacks, values that cannot be drawn) shows as an image that fails
     * to load; its answer is the JSON error, so the page puts what the server said in the chart's place, as it does
     * for broken specs. In the head, so that it is defined before any image can fail.
     */
    private static final String EXPLAIN = "<script>\nasync function explain(img) {\n"
            + "  const answer = await fetch(img.src, {cache: 'no-store'});\n"
            + "  const problem = await answer.json().catch(() => ({error: 'HTTP ' + answer.status}));\n"
            + "  const figure = img.closest('figure'), caption = figure.querySelector('figcaption');\n"
            + "  figure.className = 'broken';\n"
            + "  const name = document.createElement('strong');\n"
            + "  name.textContent = img.alt;\n"
            + "  caption.replaceChildren(name, ' cannot be drawn: ' + problem.error + (problem.where ? ' (' + problem.where + ')' : '')\n"
            + "    + (problem.fix ? '; ' + problem.fix : ''));\n"
            + "  img.closest('a').remove();\n"
            + "}\n</script>";

    private Pages() {
    }

    /**
     * {@code charts}: each chart's name and what stops it from being drawn (null when nothing does). A broken chart
     * shows its error in its place, not an image that cannot load.
     */
    static String dashboard(Map<String, Problem> charts) {
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Plotpress charts</title>" + STYLE + EXPLAIN + "</head><body><h1>Charts</h1>\n");
        if (charts.isEmpty()) {
            page.append("<p>The served folder has no NAME.yaml specs yet.</p>\n");
        }
        for (Map.Entry<String, Problem> chart : charts.entrySet()) {
            // names are [A-Za-z0-9_-] only (ChartFolder.NAME), so they need no escaping
            String name = chart.getKey();
            Problem problem = chart.getValue();
            if (problem != null) {
                page.append("<figure class=\"broken\"><figcaption><strong>").append(name).append("</strong> cannot be drawn: ")
                        .append(escape(problem.getMessage())).append(problem.where() == null ? "" : " (" + escape(problem.where()) + ")")
                        .append(problem.fix() == null ? "" : "; " + escape(problem.fix())).append("</figcaption></figure>\n");
                continue;
            }
            page.append("<figure><a href=\"/live/").append(name).append("\"><img src=\"/charts/").append(name)
                    .append(".png\" alt=\"").append(name).append("\" width=\"400\" onerror=\"explain(this)\"></a><figcaption>").append(name)
                    .append(" &middot; <a href=\"/charts/").append(name).append(".svg\">svg</a> <a href=\"/charts/")
                    .append(name).append(".pdf\">pdf</a></figcaption></figure>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code query}: the page's own query (the chart's parameters, size), passed on to the image. */
    static String live(String name, Map<String, String> query) {
        String search = query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&amp;"));
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + name + " (live)</title>" + STYLE
                + "</head><body><h1>" + name + "</h1>\n<img id=\"chart\" src=\"/charts/" + name + ".png" + search
                + "\" alt=\"" + name + "\">\n<p id=\"status\">follows its data file</p>\n<script>\n"
                + "const img = document.getElementById('chart'), url = img.getAttribute('src');\n"
                + "let etag = null;\n"
                + "async function poll() {\n"
                + "  try {\n"
                + "    const answer = await fetch(url, {cache: 'no-store', headers: etag ? {'If-None-Match': etag} : {}});\n"
                + "    if (answer.status === 200) {\n"
                + "      etag = answer.headers.get('ETag');\n"
                + "      const old = img.src;\n"
                + "      img.src = URL.createObjectURL(await answer.blob());\n"
                + "      if (old.startsWith('blob:')) URL.revokeObjectURL(old);\n"
                + "      document.getElementById('status').textContent = 'updated ' + new Date().toLocaleTimeString();\n"
                + "    } else if (answer.status !== 304) {\n"
                // the chart shown is no longer the data's: say so, in the server's words, until the data draws again
                + "      etag = null;\n"
                + "      const problem = await answer.json().catch(() => ({error: 'HTTP ' + answer.status}));\n"
                + "      document.getElementById('status').textContent = 'not updated (HTTP ' + answer.status + '): ' + problem.error\n"
                + "        + (problem.where ? ' at ' + problem.where : '') + (problem.fix ? '; ' + problem.fix : '');\n"
                + "      img.style.opacity = 0.35;\n"
                + "    }\n"
                + "    if (answer.status === 200) img.style.opacity = 1;\n"
                + "  } catch (e) { document.getElementById('status').textContent = 'server unreachable; retrying'; }\n"
                + "  setTimeout(poll, 1000);\n"
                + "}\n"
                + "poll();\n</script></body></html>\n";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
