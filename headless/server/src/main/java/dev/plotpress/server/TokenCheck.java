package dev.plotpress.server;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The bearer token of a server bound beyond loopback ({@code --token-file}). Programs send
 * {@code Authorization: Bearer TOKEN}. A browser cannot add that header to an {@code <img>}, so a person opens a page
 * once with {@code ?token=TOKEN}: the answer is a redirect to the same address without the token, setting an
 * HttpOnly, SameSite=Strict cookie, and the page's own image requests carry the cookie. The pages never hold the token
 * (no script or other site can read it from them), and the cookie holds a value derived from the token, not the
 * token: it is good for this server's cookie only. The access log never shows a {@code token=} value.
 */
final class TokenCheck {
    static final String COOKIE = "plotpress_session";
    private static final Pattern IN_QUERY = Pattern.compile("(^|[?&])token=[^&]*");

    private final byte[] token;
    private final byte[] session;

    TokenCheck(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.session = sessionValue(token).getBytes(StandardCharsets.UTF_8);
    }

    /** The cookie's value: a hash of the token, so a cookie that leaks does not give away the bearer token. */
    static String sessionValue(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("plotpress session cookie\u0000" + token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    enum Outcome { ALLOWED, REDIRECTED }

    /**
     * Lets the request through, or answers a {@code ?token=} request with the cookie and a 303 to the address without
     * it; anything else is a 401.
     */
    Outcome check(Request request, Response response) {
        String given = Request.extractQueryParameters(request).getValue("token");
        if (given != null) {
            if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
                throw unauthorized(response);
            }
            response.getHeaders().add(HttpHeader.SET_COOKIE, COOKIE + "=" + new String(session, StandardCharsets.UTF_8)
                    + "; Path=/; HttpOnly; SameSite=Strict");
            response.getHeaders().put(HttpHeader.LOCATION, withoutToken(request));
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.setStatus(303);
            return Outcome.REDIRECTED;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8), token)) {
            return Outcome.ALLOWED;
        }
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(COOKIE) && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), session)) {
                return Outcome.ALLOWED;
            }
        }
        throw unauthorized(response);
    }

    /** The request's path and query for a log line, with any {@code token=} value taken out. */
    static String loggable(String pathQuery) {
        return pathQuery == null || !pathQuery.contains("token=") ? pathQuery : IN_QUERY.matcher(pathQuery).replaceAll("$1token=(hidden)");
    }

    private static String withoutToken(Request request) {
        Fields rest = new Fields(true);
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            if (!field.getName().equals("token")) {
                rest.add(field);
            }
        }
        StringBuilder location = new StringBuilder(request.getHttpURI().getPath());
        String separator = "?";
        for (Fields.Field field : rest) {
            for (String value : field.getValues()) {
                location.append(separator).append(encode(field.getName())).append('=').append(encode(value));
                separator = "&";
            }
        }
        return location.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Problem unauthorized(Response response) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"plotpress\"");
        return new Problem(401, "Authorization", "this server needs a bearer token", "send 'Authorization: Bearer TOKEN' "
                + "with the token from the server's --token-file; in a browser, open the page once with ?token=TOKEN");
    }
}
