package org.secunity.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --lang ja|en} option that every command that prints text has. */
public final class LangOption {

    @Option(names = "--lang", paramLabel = "ja|en", converter = Lang.Converter.class,
            description = "Language of the printed text: ja or en. "
                    + "Default: ja when the JVM locale is Japanese (LANG=ja_JP.UTF-8, -Duser.language=ja), else en.")
    private @Nullable Lang lang;

    /** Creates the option holder; picocli calls this. */
    public LangOption() {}

    /**
     * Refuses --lang for an output that carries both languages, where it would be ignored (issue 10: an option
     * that is accepted and ignored is a conflict).
     *
     * @param output the output, such as {@code "--format json"}
     * @throws BadInputException if --lang was given
     */
    public void rejectFor(String output) {
        if (lang != null) {
            throw new BadInputException("--lang chooses the language of text; " + output
                    + " carries both languages, so leave --lang out");
        }
    }

    /**
     * Returns the language given, or the JVM's default.
     *
     * @return the language, not null
     */
    public Lang lang() {
        Lang given = lang;
        return given == null ? Lang.byDefault() : given;
    }
}
