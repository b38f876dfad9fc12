package dev.plotpress.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code RenderLoopAB OLD_CP NEW_CP WARMUP_ROUNDS ROUNDS SPEC.yaml...}: the thread CPU per drawn PNG of two builds (class
 * paths of jars, each with this class's {@link RenderLoop}), in one JVM, one chart at a time, alternating one-second
 * rounds old/new; prints the medians and the median of the paired new/old ratios. Pairing is what makes the ratio
 * hold on a shared machine: a neighbour's build slows the two rounds of a pair alike.
 * The commands are in docs/PERFORMANCE.md, "Per-chart CPU".
 */
public final class RenderLoopAB {
    public static void main(String[] args) throws Exception {
        ClassLoader old = loader(args[0]);
        ClassLoader now = loader(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        for (String spec : Arrays.copyOfRange(args, 4, args.length)) {
            Object a = loop(old, spec);
            Object b = loop(now, spec);
            Method roundA = a.getClass().getMethod("round");
            Method roundB = b.getClass().getMethod("round");
            for (int i = 0; i < warmUp; i++) {
                roundA.invoke(a);
                roundB.invoke(b);
            }
            double[] msA = new double[rounds];
            double[] msB = new double[rounds];
            double[] ratios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                msA[i] = (double) roundA.invoke(a);
                msB[i] = (double) roundB.invoke(b);
                ratios[i] = msB[i] / msA[i];
            }
            System.out.println(String.format(Locale.ROOT, "%s: old %.2f ms, new %.2f ms CPU per chart (medians of %d); "
                            + "new/old %.2f (median of the pairs); PNG bytes old %d, new %d",
                    spec, median(msA), median(msB), rounds, median(ratios),
                    (int) a.getClass().getMethod("bytes").invoke(a), (int) b.getClass().getMethod("bytes").invoke(b)));
        }
    }

    private static Object loop(ClassLoader loader, String spec) throws Exception {
        return loader.loadClass("dev.plotpress.bench.RenderLoop").getConstructor(String.class).newInstance(spec);
    }

    private static ClassLoader loader(String classPath) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String part : classPath.split(File.pathSeparator)) {
            if (part.endsWith("*")) {
                File[] jars = new File(part.substring(0, part.length() - 1)).listFiles((dir, name) -> name.endsWith(".jar"));
                Arrays.sort(jars);
                for (File jar : jars) {
                    urls.add(jar.toURI().toURL());
                }
            } else {
                urls.add(new File(part).toURI().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
