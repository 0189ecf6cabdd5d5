package org.secunity.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * The text of a practice page's figure, where the figure says more than the page's body: an
 * optional caption and the items in printed order.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Figure stages = Figure.builder()
 *         .caption(BilingualText.of("段階的アプローチのイメージ", "The stepwise approach"))
 *         .addItems(BilingualText.of("【第1段階】 地域機関への個別アプローチ", "Stage 1: individual approaches to regional bodies"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Figure {

    Figure() {}

    /**
     * Returns the figure's caption.
     *
     * @return the caption, or empty
     */
    public abstract Optional<BilingualText> caption();

    /**
     * Returns the figure's items, in printed order.
     *
     * @return the items, not empty, unmodifiable
     */
    public abstract List<BilingualText> items();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (items().isEmpty()) {
            throw new SecunityDataException("items", "a figure must have at least one item");
        }
    }

    /**
     * Returns the caption (or the first item) and the number of items.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "Figure " + caption().orElse(items().get(0)).ja() + " (" + items().size() + " items)";
    }

    /** Builds a {@link Figure}; at least one item is required. */
    public static final class Builder extends ImmutableFigure.Builder {
        Builder() {}
    }
}
