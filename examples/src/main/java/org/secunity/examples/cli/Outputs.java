package org.secunity.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's whole output goes: standard output, or the {@code -o FILE} given. */
final class Outputs {

    private Outputs() {}

    /**
     * Writes a command's output.
     *
     * @param spec the command, for its standard output
     * @param file the file to write (UTF-8, replaced), or null for standard output
     * @param text the output
     * @return 0, the exit status
     * @throws BadInputException if the file cannot be written
     */
    static int emit(CommandSpec spec, @Nullable Path file, String text) {
        if (file == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + file + ": " + Inputs.describe(e));
            }
        }
        return 0;
    }
}
