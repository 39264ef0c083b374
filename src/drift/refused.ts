/**
 * RefusedData: data a drift test cannot take, where scipy or Evidently raise on it (a G-test on samples of
 * different sizes, Fisher's exact test on more than two values ...). detectDrift turns it into a DhowError
 * naming the file and column.
 */
export class RefusedData extends Error {}
