package org.secunity.serialization;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;

/**
 * How strictly, and within which limits, documents are read.
 *
 * <p>Every document may come from an untrusted source, so every reader enforces limits on its
 * size, its nesting, its strings, numbers, keys and collections; a document that exceeds one is
 * rejected with a {@link org.secunity.SecunityDataException} that names the limit and where it was
 * exceeded. The defaults are generous for real catalogs (the seed catalog is far below each of
 * them) and small enough that a hostile document cannot exhaust memory. Unknown properties are
 * errors by default.
 *
 * <p>Immutable and safe to share; each {@code withX} method returns a copy.
 *
 * <pre>{@code
 * ReadOptions lenient = ReadOptions.defaults()
 *         .withUnknownPropertiesIgnored(true)
 *         .withMaxDocumentChars(50_000_000);
 * Catalog big = SecunityMapper.json().withOptions(lenient).read(Catalog.class, path);
 * }</pre>
 */
public final class ReadOptions {

    /** The default maximum size of a document: 10,000,000 characters. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 10_000_000;
    /** The default maximum nesting depth of arrays and objects: 64. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default maximum length of a string value: 100,000 characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /**
     * The default maximum length of a number, in characters: 32, room for every {@code double} as
     * Java writes it (at most 24 characters, such as {@code -2.2250738585072014E-308}), so that the
     * scores and weights this library writes read back.
     */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;
    /** The default maximum length of a property name: 1,000 characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
    /** The default maximum number of items of one array, or members of one object: 100,000. */
    public static final int DEFAULT_MAX_COLLECTION_SIZE = 100_000;
    /** The default maximum number of values in a whole document: 1,000,000. */
    public static final int DEFAULT_MAX_VALUES = 1_000_000;

    private static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_DOCUMENT_CHARS,
            DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH,
            DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_COLLECTION_SIZE, DEFAULT_MAX_VALUES, false);

    private final int maxDocumentChars;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final int maxCollectionSize;
    private final int maxValues;
    private final boolean unknownPropertiesIgnored;

    private ReadOptions(int maxDocumentChars, int maxNestingDepth, int maxStringLength, int maxNumberLength,
            int maxNameLength, int maxCollectionSize, int maxValues, boolean unknownPropertiesIgnored) {
        this.maxDocumentChars = maxDocumentChars;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxNumberLength = maxNumberLength;
        this.maxNameLength = maxNameLength;
        this.maxCollectionSize = maxCollectionSize;
        this.maxValues = maxValues;
        this.unknownPropertiesIgnored = unknownPropertiesIgnored;
    }

    /**
     * Returns the default options: strict, with the {@code DEFAULT_*} limits.
     *
     * @return the defaults, not null
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the maximum size of a document, in characters (UTF-16 code units).
     *
     * @return the limit, at least 1
     */
    public int maxDocumentChars() {
        return maxDocumentChars;
    }

    /**
     * Returns the maximum nesting depth of arrays and objects.
     *
     * @return the limit, at least 1
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the maximum length of a string value, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the maximum length of a number, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns the maximum length of a property name, in characters.
     *
     * @return the limit, at least 1
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * Returns the maximum number of items of one array, or of members of one object.
     *
     * @return the limit, at least 1
     */
    public int maxCollectionSize() {
        return maxCollectionSize;
    }

    /**
     * Returns the maximum number of values (objects, arrays, strings, numbers, booleans, nulls)
     * in a whole document.
     *
     * @return the limit, at least 1
     */
    public int maxValues() {
        return maxValues;
    }

    /**
     * Returns whether properties that the format does not define are skipped instead of reported.
     *
     * @return true to skip them, false (the default) to report each as a violation
     */
    public boolean unknownPropertiesIgnored() {
        return unknownPropertiesIgnored;
    }

    /**
     * Returns a copy with another maximum document size.
     *
     * @param chars the limit in characters, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxDocumentChars(int chars) {
        return new ReadOptions(positive(chars, "maxDocumentChars"), maxNestingDepth, maxStringLength, maxNumberLength,
                maxNameLength, maxCollectionSize, maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns a copy with another maximum nesting depth.
     *
     * @param depth the limit, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxNestingDepth(int depth) {
        return new ReadOptions(maxDocumentChars, positive(depth, "maxNestingDepth"), maxStringLength, maxNumberLength,
                maxNameLength, maxCollectionSize, maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns a copy with another maximum string length.
     *
     * @param length the limit in characters, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxStringLength(int length) {
        return new ReadOptions(maxDocumentChars, maxNestingDepth, positive(length, "maxStringLength"), maxNumberLength,
                maxNameLength, maxCollectionSize, maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns a copy with another maximum number length.
     *
     * @param length the limit in characters, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxNumberLength(int length) {
        return new ReadOptions(maxDocumentChars, maxNestingDepth, maxStringLength, positive(length, "maxNumberLength"),
                maxNameLength, maxCollectionSize, maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns a copy with another maximum property-name length.
     *
     * @param length the limit in characters, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxNameLength(int length) {
        return new ReadOptions(maxDocumentChars, maxNestingDepth, maxStringLength, maxNumberLength,
                positive(length, "maxNameLength"), maxCollectionSize, maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns a copy with another maximum collection size.
     *
     * @param size the limit on the items of one array or members of one object, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxCollectionSize(int size) {
        return new ReadOptions(maxDocumentChars, maxNestingDepth, maxStringLength, maxNumberLength,
                maxNameLength, positive(size, "maxCollectionSize"), maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns a copy with another maximum number of values in a document.
     *
     * @param values the limit, at least 1
     * @return the new options, not null
     * @throws SecunityDataException if the limit is below 1 (the path names the limit)
     */
    public ReadOptions withMaxValues(int values) {
        return new ReadOptions(maxDocumentChars, maxNestingDepth, maxStringLength, maxNumberLength,
                maxNameLength, maxCollectionSize, positive(values, "maxValues"), unknownPropertiesIgnored);
    }

    /**
     * Returns a copy that skips, or reports, properties the format does not define.
     *
     * @param ignored true to skip unknown properties, false to report each as a violation
     * @return the new options, not null
     */
    public ReadOptions withUnknownPropertiesIgnored(boolean ignored) {
        return new ReadOptions(maxDocumentChars, maxNestingDepth, maxStringLength, maxNumberLength,
                maxNameLength, maxCollectionSize, maxValues, ignored);
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new SecunityDataException(name, "must be >= 1, but was " + value);
        }
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReadOptions that
                && maxDocumentChars == that.maxDocumentChars
                && maxNestingDepth == that.maxNestingDepth
                && maxStringLength == that.maxStringLength
                && maxNumberLength == that.maxNumberLength
                && maxNameLength == that.maxNameLength
                && maxCollectionSize == that.maxCollectionSize
                && maxValues == that.maxValues
                && unknownPropertiesIgnored == that.unknownPropertiesIgnored;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentChars, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxCollectionSize, maxValues, unknownPropertiesIgnored);
    }

    /**
     * Returns the options as {@code ReadOptions[maxDocumentChars=…, …]}.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "ReadOptions[maxDocumentChars=" + maxDocumentChars + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength
                + ", maxNameLength=" + maxNameLength + ", maxCollectionSize=" + maxCollectionSize
                + ", maxValues=" + maxValues + ", unknownPropertiesIgnored=" + unknownPropertiesIgnored + "]";
    }
}
