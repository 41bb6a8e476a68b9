/**
 * The bundled scale library: validated definitions with their sources, licences and fixtures, looked up by id.
 *
 * @module @psyscreen/scales
 */
export type * from "./answer-types";
export { type ScaleId, scaleIds } from "./catalog";
export { getScale } from "./get-scale";
export { listScales, type ScaleLicence, type ScaleSummary } from "./list-scales";
