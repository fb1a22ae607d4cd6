// Values as the docs' result comments state them: encoded as JSON so that a child process can
// hand back what a block's code gave, compared by structure (not by how they are written), and
// printed back as the JavaScript literal a `// → …` comment holds. This module imports nothing,
// so that the harness can also compile it for the child that runs a block.

/** A value as JSON can carry it: what JSON cannot say is tagged with `$`. */
export type Encoded =
  | null
  | boolean
  | string
  | number
  | Encoded[]
  | { $: "undefined" }
  | { $: "number"; value: "NaN" | "Infinity" | "-Infinity" | "-0" }
  | { $: "bigint"; value: string }
  | { $: "symbol"; description: string }
  | { $: "function"; name: string }
  | { $: "date"; value: string }
  | { $: "regexp"; source: string; flags: string }
  | { $: "map"; entries: [Encoded, Encoded][] }
  | { $: "set"; values: Encoded[] }
  | { $: "object"; entries: [string, Encoded][] };

/**
 * Encodes any value. An object is its own enumerable string-keyed properties whatever its class
 * (an error also its `name` and `message`), so a class instance equals the object literal that
 * lists its fields; a value met again inside itself is refused, since no literal can write it.
 */
export function encodeValue(value: unknown, seen: object[] = []): Encoded {
  switch (typeof value) {
    case "undefined":
      return { $: "undefined" };
    case "boolean":
    case "string":
      return value;
    case "number":
      if (Number.isNaN(value)) return { $: "number", value: "NaN" };
      if (value === Infinity) return { $: "number", value: "Infinity" };
      if (value === -Infinity) return { $: "number", value: "-Infinity" };
      if (Object.is(value, -0)) return { $: "number", value: "-0" };
      return value;
    case "bigint":
      return { $: "bigint", value: value.toString() };
    case "symbol":
      return { $: "symbol", description: value.description ?? "" };
    case "function":
      return { $: "function", name: value.name };
  }
  if (value === null) return null;
  const object = value as object;
  if (seen.includes(object)) throw new TypeError("a value that contains itself has no literal");
  const inner = [...seen, object];
  if (Array.isArray(object)) return Array.from(object, (item) => encodeValue(item, inner));
  const tag = Object.prototype.toString.call(object);
  if (tag === "[object Date]") {
    const time = (object as Date).getTime();
    return { $: "date", value: Number.isNaN(time) ? "NaN" : (object as Date).toISOString() };
  }
  if (tag === "[object RegExp]") return { $: "regexp", source: (object as RegExp).source, flags: (object as RegExp).flags };
  if (tag === "[object Map]")
    return { $: "map", entries: [...(object as Map<unknown, unknown>)].map(([k, v]) => [encodeValue(k, inner), encodeValue(v, inner)]) };
  if (tag === "[object Set]") return { $: "set", values: [...(object as Set<unknown>)].map((item) => encodeValue(item, inner)) };
  const entries: [string, Encoded][] = [];
  if (tag === "[object Error]") {
    const error = object as Error;
    entries.push(["name", error.name], ["message", error.message]);
  }
  for (const key of Object.keys(object)) {
    if (!entries.some(([name]) => name === key)) entries.push([key, encodeValue((object as Record<string, unknown>)[key], inner)]);
  }
  return { $: "object", entries };
}

/** Whether two encoded values are the same value; an object's keys may come in any order. */
export function sameValue(a: Encoded, b: Encoded): boolean {
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return Object.is(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index] as Encoded));
  }
  if (a.$ !== b.$) return false;
  if (a.$ === "object" && b.$ === "object") {
    if (a.entries.length !== b.entries.length) return false;
    const other = new Map(b.entries);
    return a.entries.every(([key, value]) => other.has(key) && sameValue(value, other.get(key) as Encoded));
  }
  if (a.$ === "map" && b.$ === "map") {
    return (
      a.entries.length === b.entries.length &&
      a.entries.every(([k, v], i) => sameValue(k, (b.entries[i] as [Encoded, Encoded])[0]) && sameValue(v, (b.entries[i] as [Encoded, Encoded])[1]))
    );
  }
  if (a.$ === "set" && b.$ === "set") return sameValue(a.values, b.values);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A string as Prettier writes it: double quotes, unless the string holds more of them than single ones. */
export function quote(text: string): string {
  const json = JSON.stringify(text);
  const doubles = (text.match(/"/g) ?? []).length;
  const singles = (text.match(/'/g) ?? []).length;
  if (doubles <= singles) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A key as an object literal writes it; `__proto__` computed, since written plainly it sets the prototype. */
const key = (name: string) => (name === "__proto__" ? '["__proto__"]' : IDENTIFIER.test(name) ? name : quote(name));

/** The one-line literal of an encoded value. */
function inline(value: Encoded): string {
  if (value === null || typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  switch (value.$) {
    case "undefined":
      return "undefined";
    case "number":
      return value.value;
    case "bigint":
      return `${value.value}n`;
    case "symbol":
      return `Symbol(${quote(value.description)})`;
    case "function":
      return `function ${value.name}() {}`;
    case "date":
      return value.value === "NaN" ? "new Date(NaN)" : `new Date(${quote(value.value)})`;
    case "regexp":
      return `/${value.source}/${value.flags}`;
    case "map":
      return `new Map(${inline(value.entries.map(([k, v]) => [k, v]))})`;
    case "set":
      return `new Set(${inline(value.values)})`;
    case "object":
      return value.entries.length === 0 ? "{}" : `{ ${value.entries.map(([name, item]) => `${key(name)}: ${inline(item)}`).join(", ")} }`;
  }
}

/**
 * The literal of an encoded value, as Prettier would lay it out: on one line when it fits in
 * `width` characters, otherwise one entry a line, indented by two spaces a level.
 */
export function printValue(value: Encoded, width = 100, indent = ""): string {
  const flat = inline(value);
  if (indent.length + flat.length <= width || value === null || typeof value !== "object") return flat;
  const inner = `${indent}  `;
  const lines = (items: string[], open: string, close: string) => `${open}\n${items.map((item) => `${inner}${item},`).join("\n")}\n${indent}${close}`;
  if (Array.isArray(value))
    return lines(
      value.map((item) => printValue(item, width, inner)),
      "[",
      "]",
    );
  if (value.$ === "object") {
    return lines(
      value.entries.map(([name, item]) => `${key(name)}: ${printValue(item, width, inner)}`),
      "{",
      "}",
    );
  }
  if (value.$ === "map")
    return `new Map(${printValue(
      value.entries.map(([k, v]) => [k, v]),
      width,
      indent,
    )})`;
  if (value.$ === "set") return `new Set(${printValue(value.values, width, indent)})`;
  return flat;
}
