package org.isnad.io.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the paths a user gave into the report files to read. Arguments keep their order; a folder
 * contributes its supported files, recursively, sorted by path. Inside folders, unsupported files,
 * sidecars and hidden entries (names starting with ".") are skipped silently: folders hold images,
 * notes and VCS data. A file named explicitly must be a report, except a sidecar, which is skipped so
 * that {@code corpus/*} works. A file named twice is read once.
 */
public final class ReportFiles {
    public static final String MISSING = "no such file or folder";
    public static final String UNSUPPORTED = "unsupported file type (expected .txt, .html, .htm, .json or .jsonl)";

    private ReportFiles() {
    }

    public static List<ReportFile> expand(List<String> arguments, Outcomes outcomes) {
        List<ReportFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String argument : arguments) {
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                outcomes.fail(String.valueOf(argument), "not a valid path: " + e.getReason());
                continue;
            }
            if (Files.isDirectory(path)) {
                for (Path file : folderContents(path, outcomes)) {
                    ReportKind.of(file.getFileName().toString())
                            .ifPresent(kind -> addOnce(new ReportFile(file, kind), files, seen));
                }
            } else if (!Files.exists(path)) {
                outcomes.fail(argument, MISSING);
            } else {
                String name = path.getFileName() == null ? argument : path.getFileName().toString();
                Optional<ReportKind> kind = ReportKind.of(name);
                if (kind.isPresent()) {
                    addOnce(new ReportFile(path, kind.get()), files, seen);
                } else if (!ReportKind.isSidecar(name)) {
                    outcomes.fail(argument, UNSUPPORTED);
                }
            }
        }
        return files;
    }

    private static void addOnce(ReportFile file, List<ReportFile> files, Set<Path> seen) {
        if (seen.add(file.path().toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    /** Every non-hidden file under the folder, sorted by path; unreadable sub-folders become failures. */
    private static List<Path> folderContents(Path folder, Outcomes outcomes) {
        List<Path> found = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && !attrs.isDirectory()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        unreadable.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(folder);
        }
        unreadable.sort(Comparator.comparing(Path::toString));
        unreadable.forEach(path -> outcomes.fail(path.toString(), "cannot read folder or file"));
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
