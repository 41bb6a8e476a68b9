/** The SQL engines psyscreen generates scoring queries for. */
export const SQL_DIALECTS = ["duckdb", "postgres", "spark"] as const;

/** An SQL engine psyscreen generates scoring queries for. */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** What differs between the engines, in the small part of SQL the generator uses. */
export interface SqlSyntax {
  /** Quotes an identifier. */
  id(name: string): string;
  /** The double-precision type. */
  double: string;
}

const SYNTAX: Record<SqlDialect, SqlSyntax> = {
  duckdb: { id: (n) => `"${n.replaceAll('"', '""')}"`, double: "DOUBLE" },
  postgres: { id: (n) => `"${n.replaceAll('"', '""')}"`, double: "DOUBLE PRECISION" },
  spark: { id: (n) => `\`${n.replaceAll("`", "``")}\``, double: "DOUBLE" },
};

/** The syntax of a dialect. */
export function sqlSyntax(dialect: SqlDialect): SqlSyntax {
  return SYNTAX[dialect];
}

/** A number as an SQL literal that reads back as the same double. */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`sqlNumber requires a finite number, got ${value}`);
  const text = String(value);
  return value < 0 ? `(${text})` : text;
}

/** A string as an SQL literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const TIE = "1e-9";

/**
 * SQL that rounds `x` to `digits` digits exactly as `roundValue` does, ties detected
 * with the same tolerance: FLOOR and arithmetic only, so every engine agrees.
 */
export function sqlRound(x: string, digits: string, mode: "half-up" | "half-even"): string {
  // a literal number of digits gives a literal factor; an expression, POWER
  const factor = /^\d+$/.test(digits) ? String(10 ** Number(digits)) : `POWER(10, ${digits})`;
  // to whole numbers (the usual case) the factor is 1: no multiplication, no division
  const s = factor === "1" ? `(${x})` : `((${x}) * ${factor})`;
  const floor = `FLOOR(${s})`;
  const tie = `ABS(${s} - ${floor} - 0.5) <= ${TIE} * GREATEST(1, ABS(${s}))`;
  const onTie =
    mode === "half-up"
      ? `${floor} + 1`
      : `CASE WHEN ${floor} - 2 * FLOOR(${floor} / 2) = 0 THEN ${floor} ELSE ${floor} + 1 END`;
  // away from a tie, the nearest integer; FLOOR(s + 0.5) is Math.round there
  const rounded = `(CASE WHEN ${tie} THEN ${onTie} ELSE FLOOR(${s} + 0.5) END)`;
  return factor === "1" ? rounded : `(${rounded} / ${factor})`;
}

/** A condition's comparison operator in SQL. */
export function sqlOp(op: string): string {
  return op === "==" ? "=" : op === "!=" ? "<>" : op;
}
