export { type ScaleId, scaleIds } from "./catalog";
export { getScale } from "./get-scale";
export { listScales, type ScaleSummary } from "./list-scales";
