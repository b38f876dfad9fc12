package com.example.reports;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Injected leak 3, a ThreadLocal on pooled threads: each worker of a long-lived pool keeps "its" tiles in a
 * ThreadLocal for reuse, but adds a new one per request and never clears them. The pool's threads never die,
 * so neither do their ThreadLocal values.
 */
public final class PooledTileRenderer implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tile-worker");
        t.setDaemon(true);
        return t;
    });
    private final ThreadLocal<List<Tile>> tiles = ThreadLocal.withInitial(ArrayList::new);

    /** A tile's pixels and where it goes. */
    public record Tile(int column, int row, BufferedImage pixels) {
    }

    public void render(int column, int row) throws InterruptedException, ExecutionException {
        pool.submit(() -> {
            Tile tile = renderTile(column, row);
            tiles.get().add(tile);
        }).get();
    }

    private Tile renderTile(int column, int row) {
        BufferedImage pixels = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        pixels.setRGB(column % 32, row % 32, 0xff0000);
        return new Tile(column, row, pixels);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
