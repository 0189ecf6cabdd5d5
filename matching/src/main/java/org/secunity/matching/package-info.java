/**
 * Explained, tunable practice recommendations: describe a community's {@link
 * org.secunity.matching.Situation}, ask a {@link org.secunity.matching.PracticeMatcher} for a
 * {@link org.secunity.matching.Ranking}, and read each {@link
 * org.secunity.matching.Recommendation}'s score, per-signal contributions and bilingual reasons
 * with the source sentences behind them. {@link org.secunity.matching.Analysis} holds helpers for
 * researchers: coverage, similar practices and a leave-one-out ranking.
 *
 * <p>Every value is immutable, safe to share between threads, and compared with {@code equals}.
 * Nothing here accepts or returns null.
 */
@NullMarked
package org.secunity.matching;

import org.jspecify.annotations.NullMarked;
