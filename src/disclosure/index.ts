/**
 * Statistical disclosure control: rules as data, primary and secondary suppression of the package's tidy tables.
 *
 * @module sos-eval/disclosure
 */
export {};
