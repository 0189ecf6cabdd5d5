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
        if (!Files.exists(file)) {
            throw new BadInputException("cannot read " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": it is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("cannot read " + file + ": permission denied");
        }
        return file;
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
