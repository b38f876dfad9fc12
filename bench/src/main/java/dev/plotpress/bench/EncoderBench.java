package dev.plotpress.bench;

import com.pngencoder.PngEncoder;
import dev.plotpress.data.DataReader;
import dev.plotpress.internal.export.PngEncoding;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.internal.render.Renderer;
import dev.plotpress.spec.SpecReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * PNG encoders on the reports' two images: median ms and bytes for ImageIO and pngencoder settings,
 * whether two encodes are byte-identical; writes each variant to OUT for pngcheck. Prints markdown rows.
 */
public final class EncoderBench {
    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        System.out.println("| image | encoder | median ms | bytes | vs ImageIO bytes | deterministic |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : new String[] {"scatter_matrix", "correlation_heatmap"}) {
            ChartSpec spec = SpecReader.read(examples.resolve(name + ".yaml"));
            BufferedImage image = Raster.draw(Renderer.render(spec,
                    DataReader.read(DataSpec.random(4, 8, 0).withTransform(spec.data().transform()))), spec.size());
            long imageIoBytes = imageIo(image).length;
            row(name, "ImageIO (JDK)", image, EncoderBench::imageIo, imageIoBytes, out);
            row(name, "Plotpress (PngEncoding: palette when it fits, ScanlineDeflater)", image, img -> PngEncoding.encode(img), imageIoBytes, out);
            for (int level : new int[] {1, 3, 6, 9}) {
                for (boolean indexed : new boolean[] {false, true}) {
                    row(name, "pngencoder level " + level + (level == 9 ? " (library default)" : "") + (indexed ? " +indexed" : ""), image,
                            img -> new PngEncoder().withBufferedImage(img).withCompressionLevel(level)
                                    .withTryIndexedEncoding(indexed).withMultiThreadedCompressionEnabled(false).toBytes(),
                            imageIoBytes, out);
                }
            }
            row(name, "pngencoder level 3 +predictor", image, img -> new PngEncoder().withBufferedImage(img)
                    .withCompressionLevel(3).withPredictorEncoding(true).withMultiThreadedCompressionEnabled(false).toBytes(),
                    imageIoBytes, out);
        }
    }

    interface Encoder {
        byte[] encode(BufferedImage image) throws Exception;
    }

    static byte[] imageIo(BufferedImage image) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static void row(String image, String label, BufferedImage img, Encoder encoder, long imageIoBytes, Path out) throws Exception {
        for (int i = 0; i < 20; i++) {
            encoder.encode(img);
        }
        double[] ms = new double[40];
        byte[] first = encoder.encode(img);
        boolean same = true;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            byte[] b = encoder.encode(img);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            same &= Arrays.equals(b, first);
        }
        Arrays.sort(ms);
        Files.write(out.resolve(image + "_" + label.replaceAll("[^A-Za-z0-9]+", "_") + ".png"), first);
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %.1f | %d | %.2fx | %s |", image, label, ms[ms.length / 2],
                first.length, first.length / (double) imageIoBytes, same ? "yes" : "NO"));
    }
}
