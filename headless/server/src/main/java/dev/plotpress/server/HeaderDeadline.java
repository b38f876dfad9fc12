package dev.plotpress.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Closes a new connection whose first request has not arrived whole (request line and headers) within the body
 * timeout. The connector's idle timeout restarts with every byte, so a client sending its headers a byte every few
 * seconds (slowloris) would otherwise hold a connection, and a thread's worth of buffers, for as long as it likes.
 * Nothing can be answered to a request that never finished arriving, so the connection is just closed, as Go's
 * ReadHeaderTimeout does.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {
    private final Set<Connection> arrived = ConcurrentHashMap.newKeySet();
    private final Scheduler scheduler;
    private final long millis;

    HeaderDeadline(Handler handler, Scheduler scheduler, long millis) {
        super(handler);
        this.scheduler = scheduler;
        this.millis = millis;
    }

    @Override
    public void onOpened(Connection connection) {
        scheduler.schedule(() -> {
            if (!arrived.contains(connection) && connection.getEndPoint().isOpen()) {
                connection.getEndPoint().close();
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        arrived.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        arrived.add(request.getConnectionMetaData().getConnection());
        return super.handle(request, response, callback);
    }
}
