/**
 * Administrative data: the Children in Need census in, the DfE's indicators out.
 *
 * @module sos-eval/admin
 */
export {};
