package org.secunity.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.secunity.core.Catalog;
import org.secunity.serialization.Catalogs;

/** Opening the app's input files, with one-line messages for the ways that fails. */
final class Inputs {

    private Inputs() {}

    /**
     * Returns a file if it is a readable regular file.
     *
     * @throws BadInputException naming the file and what is wrong with it
     */
    static Path readable(Path file) {
        if (file.toString().isEmpty()) {
            throw new BadInputException("cannot read a file: empty path");
        }
        if (!Files.exists(file)) {
            throw new BadInputException("cannot read " + file + ": " + whyMissing(file));
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": it is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("cannot read " + file + ": permission denied");
        }
        return file;
    }

    /** The most symbolic links followed before a chain counts as a loop (Linux's own limit). */
    private static final int MAX_LINKS = 40;

    /**
     * Says why a path that does not exist cannot be read: no such file, a symbolic link loop, or a link to a
     * missing file.
     */
    private static String whyMissing(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return "no such file";
        }
        Set<Path> seen = new HashSet<>();
        Path at = file.toAbsolutePath().normalize();
        try {
            for (int links = 0; Files.isSymbolicLink(at); links++) {
                if (!seen.add(at) || links >= MAX_LINKS) {
                    return "a loop of symbolic links";
                }
                Path parent = at.getParent();
                Path target = Files.readSymbolicLink(at);
                at = (parent == null ? target : parent.resolve(target)).normalize();
            }
        } catch (IOException e) {
            return "a symbolic link that cannot be followed (" + describe(e) + ")";
        }
        return "a symbolic link to a missing file (" + at + ")";
    }

    /** Reads a catalog document, by extension. */
    static Catalog catalog(Path file) {
        return Catalogs.read(readable(file));
    }

    /**
     * Opens a UTF-8 text input: standard input for {@code -}, else the file.
     *
     * @throws BadInputException if the file cannot be opened
     */
    static BufferedReader open(String fileOrDash, InputStream stdin) {
        if ("-".equals(fileOrDash)) {
            return new BufferedReader(utf8(stdin));
        }
        Path file = readable(Path.of(fileOrDash));
        try {
            return new BufferedReader(utf8(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + describe(e));
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Describes an I/O failure in a few words, without the exception's class name when it is a known one. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
