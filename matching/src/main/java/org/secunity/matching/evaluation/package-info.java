/**
 * The evaluation harness of the matcher: {@link org.secunity.matching.evaluation.EvaluationCase}s
 * (a situation and the practices a careful reader of the source would pick), the ranking
 * {@link org.secunity.matching.evaluation.Metrics} hit@k, recall@k and nDCG@k, and
 * {@link org.secunity.matching.evaluation.Evaluation#run} producing an
 * {@link org.secunity.matching.evaluation.EvaluationReport}.
 *
 * <p>The cases written from the source for the seed catalog are situation documents, read with the
 * serialization codecs like any other situation (one decoder); they live with the examples'
 * tests ({@code situations-2021.json}), since this module cannot depend on serialization. See
 * {@code docs/matching.md} for the figures.
 *
 * <p>Every value is immutable, safe to share between threads, and compared with {@code equals}.
 */
@NullMarked
package org.secunity.matching.evaluation;

import org.jspecify.annotations.NullMarked;
