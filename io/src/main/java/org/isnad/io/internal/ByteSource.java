package org.isnad.io.internal;

import java.nio.file.Path;

/** Where file contents come from; an interface so tests can make reading fail the way a bad disk would. */
@FunctionalInterface
public interface ByteSource {
    byte[] read(Path file) throws ReadProblem;
}
