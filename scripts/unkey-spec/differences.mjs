// Where two schemas' facts (see schema-facts.mjs) differ, said as a person reading Unkey's changelog
// would say it: a field added or dropped, a field now required, a scope added, a limit changed.

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value) => JSON.stringify(value);

/** The members of `a` not in `b`, for lists compared as sets. */
const missingFrom = (a, b) => (Array.isArray(a) ? a : []).filter((each) => !(Array.isArray(b) ? b : []).some((other) => show(other) === show(each)));

/** Keywords whose value is a set of names or values, compared as such. */
const SETS = new Set(["required", "enum", "type"]);

/** What `where` (a field, or the body) is called in a line: `scopes[]` for a list's entries. */
const named = (where) => (where.length ? where.join(".").replaceAll(".[]", "[]") : "the body");

/**
 * Every difference between `spec` (Unkey's) and `ours` (the description's), one line each.
 *
 * @param {unknown} spec
 * @param {unknown} ours
 * @param {string[]} [where]
 * @returns {string[]}
 */
export function differences(spec, ours, where = []) {
  if (!isObject(spec) || !isObject(ours)) {
    return show(spec) === show(ours) ? [] : [`${named(where)}: Unkey's spec says ${show(spec)}, the description ${show(ours)}`];
  }
  const lines = [];
  for (const keyword of new Set([...Object.keys(spec), ...Object.keys(ours)])) {
    const theirs = spec[keyword];
    const mine = ours[keyword];
    if (keyword === "properties" && isObject(theirs) && isObject(mine)) {
      for (const name of Object.keys(theirs)) if (!(name in mine)) lines.push(`${named([...where, name])}: a field in Unkey's spec that the description lacks`);
      for (const name of Object.keys(mine)) if (!(name in theirs)) lines.push(`${named([...where, name])}: a field in the description that Unkey's spec lacks`);
      for (const name of Object.keys(theirs)) if (name in mine) lines.push(...differences(theirs[name], mine[name], [...where, name]));
    } else if (keyword === "items") {
      lines.push(...differences(theirs, mine, [...where, "[]"]));
    } else if (SETS.has(keyword) && (Array.isArray(theirs) || Array.isArray(mine))) {
      const what = keyword === "enum" ? "value" : keyword === "required" ? "required field" : "type";
      for (const each of missingFrom(theirs, mine)) lines.push(`${named(where)}: Unkey's spec adds the ${what} ${show(each)}`);
      for (const each of missingFrom(mine, theirs)) lines.push(`${named(where)}: Unkey's spec no longer has the ${what} ${show(each)}`);
    } else if (theirs === undefined) {
      lines.push(`${named(where)}: the description has ${keyword} ${show(mine)}, Unkey's spec none`);
    } else if (mine === undefined) {
      lines.push(`${named(where)}: Unkey's spec has ${keyword} ${show(theirs)}, the description none`);
    } else if (isObject(theirs) || isObject(mine)) {
      lines.push(...differences(theirs, mine, [...where, keyword]));
    } else if (show(theirs) !== show(mine)) {
      lines.push(`${named(where)}: ${keyword} is ${show(theirs)} in Unkey's spec, ${show(mine)} in the description`);
    }
  }
  return lines;
}
