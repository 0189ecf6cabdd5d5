/**
 * The evaluation harness of the matcher: {@link org.secunity.matching.evaluation.EvaluationCase}s
 * (a situation and the practices a careful reader of the source would pick), read from
 * tab-separated files by {@link org.secunity.matching.evaluation.EvaluationCases} (which also ships
 * a bundled set written for the seed catalog), the ranking
 * {@link org.secunity.matching.evaluation.Metrics} hit@k, recall@k and nDCG@k, and
 * {@link org.secunity.matching.evaluation.Evaluation#run} producing an
 * {@link org.secunity.matching.evaluation.EvaluationReport}.
 *
 * <p>Every value is immutable, safe to share between threads, and compared with {@code equals}.
 */
@NullMarked
package org.secunity.matching.evaluation;

import org.jspecify.annotations.NullMarked;
