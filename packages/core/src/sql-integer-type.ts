/**
 * Integer type names as DuckDB's and Spark's `DESCRIBE` and PostgreSQL's
 * `information_schema.columns.data_type` (or `udt_name`) report them, with their common
 * aliases.
 */
const INTEGER_TYPES = new Set([
  ...["tinyint", "smallint", "integer", "int", "bigint", "hugeint"],
  ...["utinyint", "usmallint", "uinteger", "ubigint", "uhugeint"],
  ...["int1", "int2", "int4", "int8", "byte", "short", "long"],
]);

/**
 * Whether an SQL column type holds only whole numbers (or NULL): an integer type, or a
 * DECIMAL / NUMERIC with scale 0. Case and spaces do not matter; any other name, e.g.
 * DOUBLE, VARCHAR or a plain NUMERIC, is not.
 *
 * @example
 * isIntegerSqlType("BIGINT") // => true
 * isIntegerSqlType("DECIMAL(4,0)") // => true
 * isIntegerSqlType("DOUBLE") // => false
 */
export function isIntegerSqlType(type: string): boolean {
  const name = type.trim().toLowerCase().replaceAll(" ", "");
  return INTEGER_TYPES.has(name) || /^(decimal|numeric)\(\d+,0\)$/.test(name);
}
