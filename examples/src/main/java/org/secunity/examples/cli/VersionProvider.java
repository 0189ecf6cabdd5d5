package org.secunity.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Prints the app's version, from the {@code version.properties} the build fills in. */
public final class VersionProvider implements IVersionProvider {

    /** Creates the provider; picocli calls this. */
    public VersionProvider() {}

    /**
     * Returns the version lines.
     *
     * @return the lines, such as {@code secunity 0.1.0-SNAPSHOT}, and the JVM's version
     */
    @Override
    public String[] getVersion() {
        return new String[] {
            "secunity " + version(),
            "Secunity SDK; catalog: 経済産業省「地域SECUNITY形成のためのプラクティス集」第1版 (2021-02)",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }

    /**
     * Returns the project version the jar was built as.
     *
     * @return the version, or {@code "unknown"} when the build did not fill it in
     */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }
}
