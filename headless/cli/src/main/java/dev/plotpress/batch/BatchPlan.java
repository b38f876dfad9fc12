package dev.plotpress.batch;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.model.BadInputException;
import dev.plotpress.internal.model.Limit;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What can be known about a batch's outputs before anything is drawn, checked before anything is drawn: the
 * output folder is a folder and writable, every job has its own output file (two jobs that would write one
 * file are refused), and every output stays inside the folder once symbolic links are followed. Names are
 * remembered as 64-bit hashes only, so a million-job plan costs 8 MB; equal hashes are confirmed by name.
 */
public final class BatchPlan {
    private final Path folder;

    private BatchPlan(Path folder) {
        this.folder = folder;
    }

    /** The output folder with every symbolic link resolved: all outputs go below it. */
    public Path folder() {
        return folder;
    }

    public static BatchPlan of(JobFile jobs, Path out) {
        long count = jobs.jobCount();
        Limit.BATCH_JOBS.check(count, jobs.file().toString(), "split the job file");
        Path folder = writableFolder(out);
        long[] hashes = new long[(int) count];
        Set<String> parents = new HashSet<>();
        for (long i = 0; i < count; i++) {
            String name = jobs.outputName(i);
            if (!plain(name)) {
                name = folder.relativize(checkedTarget(jobs, folder, name, i)).toString();
            }
            int slash = name.lastIndexOf('/');
            if (parents.add(slash < 0 ? "" : name.substring(0, slash))) {
                requireInside(folder, folder.resolve(name).getParent(), name, jobs.output());
            }
            hashes[(int) i] = hash(name);
        }
        refuseCollisions(jobs, folder, hashes);
        return new BatchPlan(folder);
    }

    /** Job {@code index}'s output file: below the folder, as the template names it. */
    public Path output(JobFile jobs, long index) {
        return checkedTarget(jobs, folder, jobs.outputName(index), index);
    }

    /** Re-checked as each job writes: a link may have appeared since the plan, or the output be one. */
    public void requireInside(Path target) {
        requireInside(folder, target.getParent(), folder.relativize(target).toString(), null);
        if (Files.isSymbolicLink(target)) {
            throw new BadInputException(target + ": is a symbolic link; batch outputs are files of their own "
                    + "inside --out " + folder + ": remove the link or choose another --out");
        }
    }

    /** A relative name without "." or ".." parts, empty parts or a backslash: it names itself, below the folder. */
    private static boolean plain(String name) {
        return !name.isEmpty() && name.charAt(0) != '/' && !name.contains("//") && !name.contains("\\")
                && !name.startsWith("./") && !name.contains("/./") && !name.endsWith("/") && !name.endsWith("/.")
                && !name.contains("..") && !name.equals(".");
    }

    private static Path checkedTarget(JobFile jobs, Path folder, String name, long index) {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder) || target.equals(folder) || Path.of(name).isAbsolute()) {
            throw new BadInputException(jobs.file() + ": output: job " + index + " (" + jobs.name(index) + ") would be "
                    + "written to '" + name + "', outside --out " + folder + "; rename the data file or change the template '"
                    + jobs.output() + "'");
        }
        return target;
    }

    private static Path writableFolder(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        for (Path p = absolute; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException("--out " + out + ": " + (p.equals(absolute) ? "is a file" : p + " is a file")
                        + ", not a folder; give a folder for the outputs, e.g. --out charts");
            }
        }
        try {
            Files.createDirectories(absolute);
            Path real = absolute.toRealPath();
            Files.delete(Files.createTempFile(real, OutputFile.TEMP_PREFIX, ".tmp"));
            return real;
        } catch (AccessDeniedException e) {
            throw new BadInputException("--out " + out + ": cannot write there (permission denied); choose a folder you "
                    + "can write to, or fix its permissions", e);
        } catch (FileSystemException e) {
            throw new BadInputException("--out " + out + ": cannot write there (" + e.getReason() + "); choose a folder "
                    + "you can write to", e);
        } catch (IOException e) {
            throw new BadInputException("--out " + out + ": cannot write there: " + e.getMessage(), e);
        }
    }

    /** The nearest existing folder of {@code parent}, links followed, must be {@code folder} or below it. */
    private static void requireInside(Path folder, Path parent, String name, OutputTemplate template) {
        Path existing = parent;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? null : existing.toRealPath();
            if (real == null || !real.startsWith(folder)) {
                throw new BadInputException("output '" + name + "' would be written through " + existing + ", which leads to "
                        + real + ", outside --out " + folder + " (a symbolic link); remove the link"
                        + (template == null ? "" : " or change the template '" + template + "'"));
            }
            if (!Files.isDirectory(real)) {
                throw new BadInputException("output '" + name + "': " + existing + " is a file, not a folder; remove it "
                        + "or change the template" + (template == null ? "" : " '" + template + "'"));
            }
        } catch (IOException e) {
            throw new BadInputException("output '" + name + "': cannot resolve " + existing + ": " + e.getMessage(), e);
        }
    }

    private static void refuseCollisions(JobFile jobs, Path folder, long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        if (repeated.isEmpty()) {
            return;
        }
        Map<Path, List<Long>> byName = new HashMap<>();
        for (int i = 0; i < hashes.length; i++) {
            if (repeated.contains(hashes[i])) {
                byName.computeIfAbsent(folder.resolve(jobs.outputName(i)).normalize(), k -> new ArrayList<>()).add((long) i);
            }
        }
        byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .min((a, b) -> Long.compare(a.getValue().get(0), b.getValue().get(0)))
                .ifPresent(e -> {
                    List<Long> same = e.getValue();
                    long first = same.get(0);
                    long second = same.get(1);
                    throw new BadInputException(jobs.file() + ": output: '" + jobs.output() + "' gives " + same.size()
                            + " jobs the same file " + folder.relativize(e.getKey()) + ": job " + first + " ("
                            + jobs.name(first) + ") and job " + second + " (" + jobs.name(second) + ")"
                            + (same.size() > 2 ? " and " + (same.size() - 2) + " more" : "") + "; each would overwrite "
                            + "the last. Put what tells them apart in the name: {key} or {stem} for the data source"
                            + (jobs.specs().size() > 1 ? ", {spec} for the spec" : "") + ", e.g. {stem}_{spec}.png");
                });
    }

    /** FNV-1a, 64 bits: names differ in a character or two, and this spreads them. */
    private static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
