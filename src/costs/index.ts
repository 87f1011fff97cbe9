/**
 * Costs and value for money: time diaries, unit costs, implementation costs and cost-effectiveness.
 *
 * @module sos-eval/costs
 */
export {};
