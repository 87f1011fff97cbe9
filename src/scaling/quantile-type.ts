/**
 * One of R's nine sample quantile definitions (`quantile(x, type = …)`, Hyndman and Fan 1996).
 * Type 7 is R's default (linear interpolation between order statistics at `1 + (n − 1)p`); type 6
 * is what SPSS and Minitab report; types 1–3 return observed values only.
 *
 * @category Summaries
 */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
