// The generated half of the corpus: backend modules of the kind that open Unkey portal sessions,
// through every call shape the rule knows (SDK method, standalone function, raw fetch/Request),
// with slugs written as literals, consts, spreads, conditionals, `??` and templates, valid and
// not, around ordinary code. Near-miss modules (other endpoints, other createSession methods, a
// local portalCreateSession) make the rule walk its cheap "not a portal call" paths too.
//
// Each file knows how many reports the rule should make on it (one per invalid value written
// in a checked position, a const counted once however many calls use it), so that the benchmark
// can check that the rule ran and found what is there.

/** Valid slugs: a-z, 0-9, single inner hyphens, 3 to 64 characters. */
const VALID = [
  "acme",
  "acme-billing",
  "customer-portal",
  "billing-eu",
  "team-42",
  "1st-portal",
  "123",
  "portal-v2",
  "enterprise-dashboard",
  "support-center",
  "keys-self-serve",
  "northwind",
];

/** Invalid slugs, one or more broken rules each; raw source text, so escapes stay escapes. */
const INVALID = [
  "My-Portal",
  "my_portal",
  "-portal",
  "portal-",
  "my--portal",
  "ab",
  "my portal",
  "Acme Billing",
  "port\u0430l", // a Cyrillic "а" that looks Latin
  "billing.eu",
  "team#42",
  "a".repeat(65),
  "Customer_Portal",
  "support-center-",
  "über-portal",
  "my\\u200Bportal", // written as an escape: the source spells a zero-width space
];

/** Valid portal IDs and ones the ID rule rejects (only letters and digits after `pc_`). */
const VALID_IDS = ["pc_3Kd9xQ2", "pc_7hTq1Lw0", "pc_a1b2c3d4"];
const INVALID_IDS = ["pc_ab-c", "pc_", "pc_9f 2k"];

/** Static parts of templates around an expression: [before, after, invalid?]. */
const TEMPLATES = [
  ["", "-billing", false],
  ["acme-", "", false],
  ["team-", "-portal", false],
  ["", "_billing", true],
  ["Acme-", "", true],
  ["team ", "", true],
];

const ENTITIES = ["user", "account", "workspace", "tenant", "customer", "member", "org"];
const VERBS = ["open", "start", "launch", "create", "begin", "issue"];
const NOUNS = ["Portal", "BillingPortal", "KeysPortal", "CustomerPortal", "SelfServe", "Dashboard"];
/**
 * What a body grants, as real code writes it: whole bodies that the server accepts, with now and
 * then a scope outside the vocabulary (`keys:write`, `keys.read`), as in a codebase where typos
 * happen but are not the rule. The older body's permissions and the newer body's scopes take the same four values.
 */
const PERMISSIONS = [
  `["keys:read"]`,
  `["keys:read", "keys:create"]`,
  `["analytics:read"]`,
  `["keys:read", "keys:reroll"]`,
  `["keys:read"]`,
  `["keys:write"]`,
  `["keys.read"]`,
];

/**
 * Chooses a slug as source text (quoted) and whether the rule must report it.
 * About a third are invalid, as in a codebase where typos happen but are not the rule.
 */
function slugLiteral(r, quote = r.pick(['"', '"', "'", "`"])) {
  const invalid = r.chance(0.35);
  const text = invalid ? r.pick(INVALID) : r.pick(VALID);
  return { code: `${quote}${text}${quote}`, expected: invalid ? 1 : 0 };
}

function portalRefLiteral(r) {
  if (r.chance(0.4)) return slugLiteral(r, '"');
  const invalid = r.chance(0.3);
  return { code: `"${invalid ? r.pick(INVALID_IDS) : r.pick(VALID_IDS)}"`, expected: invalid ? 1 : 0 };
}

const cap = (word) => word[0].toUpperCase() + word.slice(1);

/**
 * One portal call site in context. `file` collects top-level declarations (consts, imports),
 * `expected` counts the reports the rule must make for what this call writes.
 */
const SHAPES = {
  sdkLiteral(r, file) {
    const slug = slugLiteral(r);
    const entity = r.pick(ENTITIES);
    file.usesSdk = true;
    return {
      expected: slug.expected,
      code: `
export async function ${r.pick(VERBS)}${r.pick(NOUNS)}${file.id()}(req, res) {
  const ${entity} = await requireSession(req);
  if (!${entity}) return res.status(401).json({ error: "unauthorized" });
  try {
    const session = await unkey.portal.createSession({
      slug: ${slug.code},
      externalId: ${entity}.id,
      permissions: ${r.pick(PERMISSIONS)},
    });
    logger.info("portal session created", { ${entity}Id: ${entity}.id });
    return res.redirect(303, session.url);
  } catch (error) {
    logger.error("portal session failed", { error: String(error) });
    return res.status(502).json({ error: "portal_unavailable" });
  }
}
`,
    };
  },

  sdkConst(r, file) {
    const slug = slugLiteral(r, '"');
    const name = `${r.pick(["PORTAL", "BILLING_PORTAL", "KEYS_PORTAL", "DEFAULT_PORTAL"])}_SLUG_${file.id()}`;
    file.consts.add(`const ${name} = ${slug.code};`);
    file.usesSdk = true;
    const uses = r.int(1, 3);
    let code = "";
    for (let i = 0; i < uses; i++) {
      const entity = r.pick(ENTITIES);
      code += `
export async function portalFor${cap(entity)}${file.id()}(${entity}, options = {}) {
  const { permissions = ${r.pick(PERMISSIONS)}, ttl = ${r.int(1, 24) * 300} } = options;
  const session = await unkey.portal.createSession({ slug: ${name}, externalId: ${entity}.id, permissions });
  metrics.increment("portal.session", { kind: "${entity}" });
  return { url: session.url, expiresAt: Date.now() + ttl * 1000 };
}
`;
    }
    // The const is written once: one report however many calls send it.
    return { expected: slug.expected, code };
  },

  sdkSpread(r, file) {
    const base = slugLiteral(r, '"');
    const name = `PORTAL_DEFAULTS_${file.id()}`;
    const override = r.chance(0.3) ? slugLiteral(r, '"') : undefined;
    file.consts.add(`const ${name} = {\n  slug: ${base.code},\n  permissions: ${r.pick(PERMISSIONS)},\n  preview: ${r.pick(["false", "true", "false"])},\n};`);
    file.usesSdk = true;
    // A later `slug` wins over the spread's: then only the override is sent, and checked.
    return {
      expected: override ? override.expected : base.expected,
      code: `
export async function withDefaults${file.id()}(account) {
  const body = { ...${name}, externalId: account.id${override ? `, slug: ${override.code}` : ""} };
  const session = await unkey.portal.createSession(body);
  return session.url;
}
`,
    };
  },

  sdkConditional(r, file) {
    const a = slugLiteral(r, '"');
    const b = slugLiteral(r, '"');
    file.usesSdk = true;
    return {
      expected: a.expected + b.expected,
      code: `
export async function regionalPortal${file.id()}(account, region) {
  const session = await unkey.portal.createSession({
    slug: region === "eu" ? ${a.code} : ${b.code},
    externalId: account.id,
    permissions: ["keys:read"],
  });
  return session;
}
`,
    };
  },

  sdkNullish(r, file) {
    const fallback = slugLiteral(r, '"');
    file.usesSdk = true;
    return {
      expected: fallback.expected,
      code: `
export async function requestedPortal${file.id()}(req) {
  const account = await requireSession(req);
  const requested = typeof req.query.portal === "string" ? req.query.portal : undefined;
  return unkey.portal.createSession({ slug: requested ?? ${fallback.code}, externalId: account.id, permissions: ${r.pick(PERMISSIONS)} });
}
`,
    };
  },

  sdkTemplate(r, file) {
    const [before, after, invalid] = r.pick(TEMPLATES);
    file.usesSdk = true;
    return {
      expected: invalid ? 1 : 0,
      code: `
export async function tenantPortal${file.id()}(tenant) {
  if (!tenant.active) throw new Error(\`tenant \${tenant.id} is not active\`);
  const session = await unkey.portal.createSession({ slug: \`${before}\${tenant.key}${after}\`, externalId: tenant.ownerId, permissions: ${r.pick(PERMISSIONS)} });
  return session.url;
}
`,
    };
  },

  sdkPortalField(r, file) {
    const ref = portalRefLiteral(r);
    file.usesSdk = true;
    return {
      expected: ref.expected,
      code: `
export async function openByPortal${file.id()}(member) {
  const session = await unkey.portal.createSession({ portal: ${ref.code}, externalId: member.id, scopes: ["keys:read"] });
  return session.url;
}
`,
    };
  },

  sdkClass(r, file) {
    const slug = slugLiteral(r, '"');
    return {
      expected: slug.expected,
      code: `
export class PortalService${file.id()} {
  constructor(unkey, slug, logger) {
    this.unkey = unkey;
    this.slug = slug;
    this.logger = logger;
  }

  /** The slug comes from the constructor: the rule cannot know it and must stay quiet. */
  async forConfigured(account) {
    return this.unkey.portal.createSession({ slug: this.slug, externalId: account.id, permissions: ["keys:read"] });
  }

  async forSupport(account) {
    this.logger.info("support portal", account.id);
    return this.unkey?.portal["createSession"]({ slug: ${slug.code}, externalId: account.id, permissions: ["keys:read"] });
  }
}
`,
    };
  },

  standalone(r, file) {
    const slug = slugLiteral(r, '"');
    const local = r.chance(0.3) ? "createPortalSession" : "portalCreateSession";
    file.imports.add(
      local === "portalCreateSession"
        ? `import { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js";`
        : `import { portalCreateSession as createPortalSession } from "@unkey/api/funcs/portalCreateSession.js";`,
    );
    file.imports.add(`import { UnkeyCore } from "@unkey/api/core.js";`);
    file.consts.add(`const unkeyCore = new UnkeyCore({ rootKey: process.env.UNKEY_ROOT_KEY });`);
    return {
      expected: slug.expected,
      code: `
export async function standalonePortal${file.id()}(account) {
  const result = await ${local}(unkeyCore, { slug: ${slug.code}, externalId: account.id, permissions: ${r.pick(PERMISSIONS)} });
  if (!result.ok) {
    logger.warn("portal session failed", { error: result.error.message });
    return null;
  }
  return result.value.url;
}
`,
    };
  },

  fetchTemplate(r, file) {
    const slug = slugLiteral(r, '"');
    file.usesBase = true;
    return {
      expected: slug.expected,
      code: `
export async function rawPortal${file.id()}(account) {
  const response = await fetch(\`\${UNKEY_API}/v2/portal.createSession\`, {
    method: "POST",
    headers: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\`, "Content-Type": "application/json" },
    body: JSON.stringify({ portal: ${slug.code}, externalId: account.id, scopes: ${r.pick(PERMISSIONS)} }),
  });
  if (!response.ok) throw new Error(\`createSession failed: \${response.status}\`);
  const { data } = await response.json();
  return data.url;
}
`,
    };
  },

  fetchConsts(r, file) {
    const slug = slugLiteral(r, '"');
    const name = `SLUG_${file.id()}`;
    file.consts.add(`const ${name} = ${slug.code};`);
    file.consts.add(`const PORTAL_ENDPOINT_${file.lastId()} = "https://api.unkey.com/v2/portal.createSession";`);
    return {
      expected: slug.expected,
      code: `
export async function postPortal${file.lastId()}(account) {
  const payload = JSON.stringify({ portal: ${name}, externalId: account.id, scopes: ${r.pick(PERMISSIONS)} });
  const response = await fetch(PORTAL_ENDPOINT_${file.lastId()}, { method: "POST", headers: jsonHeaders(), body: payload });
  return response.json();
}
`,
    };
  },

  fetchUrl(r, file) {
    const slug = slugLiteral(r, '"');
    return {
      expected: slug.expected,
      code: `
export async function portalViaUrl${file.id()}(baseUrl, account) {
  const url = new URL("/v2/portal.createSession", baseUrl);
  const response = await fetch(url, {
    method: "POST",
    headers: jsonHeaders(),
    body: JSON.stringify({ portal: ${slug.code}, externalId: account.id, scopes: ["keys:read"] }),
  });
  return response.ok ? response.json() : null;
}
`,
    };
  },

  request(r, file) {
    const slug = slugLiteral(r, '"');
    file.usesBase = true;
    return {
      expected: slug.expected,
      code: `
export function portalRequest${file.id()}(account, signal) {
  return new Request(\`\${UNKEY_API}/v2/portal.createSession\`, {
    method: "POST",
    signal,
    headers: jsonHeaders(),
    body: JSON.stringify({ portal: ${slug.code}, externalId: account.id, scopes: ${r.pick(PERMISSIONS)} }),
  });
}
`,
    };
  },

  imported(r, file, config) {
    // A slug kept in one of the config modules, imported by name or as a namespace: the rule
    // follows the import into that module, and reports at the use.
    const module = r.pick(config);
    const key = r.pick(module.keys);
    const namespace = r.chance(0.4);
    const source = `../config/portals-${module.id}.js`;
    file.imports.add(namespace ? `import * as portals${module.id} from "${source}";` : `import { PORTALS_${module.id} } from "${source}";`);
    file.usesSdk = true;
    return {
      expected: module.invalid.has(key) ? 1 : 0,
      code: `
export async function configuredRegion${file.id()}(account) {
  const session = await unkey.portal.createSession({
    portal: ${namespace ? `portals${module.id}.PORTALS_${module.id}` : `PORTALS_${module.id}`}.${key},
    externalId: account.id,
    scopes: ["keys:read"],
  });
  return session.url;
}
`,
    };
  },

  unknown(r, file) {
    file.usesSdk = true;
    return {
      expected: 0,
      code: `
/** Slugs from configuration or parameters are not the rule's business: it never guesses. */
export async function configuredPortal${file.id()}(account, slug) {
  const fromEnv = await unkey.portal.createSession({ slug: process.env.PORTAL_SLUG, externalId: account.id, permissions: ["keys:read"] });
  const fromArg = await unkey.portal.createSession({ slug, externalId: account.id, permissions: ["keys:read"] });
  return [fromEnv.url, fromArg.url];
}
`,
    };
  },
};

/** Calls that look a little like portal calls but are not: the rule's fast "no" paths. */
const NEAR_MISSES = {
  otherEndpoint(r, file) {
    file.usesBase = true;
    return `
export async function verifyKey${file.id()}(key) {
  const response = await fetch(\`\${UNKEY_API}/v2/keys.verifyKey\`, {
    method: "POST",
    headers: jsonHeaders(),
    body: JSON.stringify({ key, slug: "Not_A_Portal_Slug" }),
  });
  const { data } = await response.json();
  return data.valid === true;
}
`;
  },
  otherCreateSession(r, file) {
    return `
export async function login${file.id()}(auth, credentials) {
  const session = await auth.createSession({ slug: "Workspace_Login", ...credentials });
  await sessions.createSession(session.userId, { ttl: ${r.int(1, 48)} * 3600 });
  return session;
}
`;
  },
  localFunction(r, file) {
    // Declared once per file however often the shape is drawn: a module cannot declare it twice.
    file.consts.add(`
/** A local function that shares the SDK's name: not the SDK, so not checked. */
function portalCreateSession(client, body) {
  return client.post("/internal/portal", body);
}`);
    return `
export function internalPortal${file.id()}(client) {
  return portalCreateSession(client, { slug: "Internal_Only" });
}
`;
  },
  otherPortalMethod(r, file) {
    file.usesSdk = true;
    return `
export async function listPortals${file.id()}(cursor) {
  const page = await unkey.portal.list({ cursor, limit: ${r.int(10, 100)} });
  return page.items.map((portal) => ({ id: portal.id, slug: portal.slug, updatedAt: new Date(portal.updatedAt) }));
}
`;
  },
};

/** Ordinary code around the calls, so that a generated file costs the other rules what real code does. */
const FILLERS = [
  (r, file) => `
export async function withRetry${file.id()}(operation, { attempts = ${r.int(2, 6)}, baseDelay = ${r.int(50, 400)} } = {}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      lastError = error;
      if (error && error.status && error.status < 500 && error.status !== 429) break;
      const jitter = Math.random() * baseDelay;
      await new Promise((resolve) => setTimeout(resolve, baseDelay * 2 ** attempt + jitter));
    }
  }
  throw lastError;
}
`,
  (r, file) => `
export async function* paginate${file.id()}(list, pageSize = ${r.int(20, 200)}) {
  let cursor;
  do {
    const page = await list({ cursor, limit: pageSize });
    for (const item of page.items) yield item;
    cursor = page.nextCursor;
  } while (cursor);
}
`,
  (r, file) => `
const cache${file.id()} = new Map();

export function cached${file.lastId()}(key, compute, ttlMs = ${r.int(1, 60) * 1000}) {
  const hit = cache${file.lastId()}.get(key);
  const now = Date.now();
  if (hit && hit.expires > now) return hit.value;
  const value = compute();
  cache${file.lastId()}.set(key, { value, expires: now + ttlMs });
  if (cache${file.lastId()}.size > ${r.int(100, 5000)}) {
    for (const [k, entry] of cache${file.lastId()}) {
      if (entry.expires <= now) cache${file.lastId()}.delete(k);
    }
  }
  return value;
}
`,
  (r, file) => `
export function formatAmount${file.id()}(cents, currency = "${r.pick(["USD", "EUR", "GBP", "JPY"])}", locale = "${r.pick(["en-US", "de-DE", "en-GB", "ja-JP"])}") {
  if (!Number.isFinite(cents)) return "-";
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
  return formatter.format(cents / 100);
}
`,
  (r, file) => `
export function parseBody${file.id()}(body) {
  const errors = [];
  if (typeof body !== "object" || body === null) return { ok: false, errors: ["body must be an object"] };
  const { externalId, email, plan = "${r.pick(["free", "pro", "team"])}" } = body;
  if (typeof externalId !== "string" || externalId.length === 0) errors.push("externalId is required");
  if (email !== undefined && !/^[^@\\s]+@[^@\\s]+$/.test(email)) errors.push("email is invalid");
  if (!["free", "pro", "team", "enterprise"].includes(plan)) errors.push(\`unknown plan \${plan}\`);
  return errors.length ? { ok: false, errors } : { ok: true, value: { externalId, email, plan } };
}
`,
  (r, file) => `
export class HttpError${file.id()} extends Error {
  constructor(status, code, message, details = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }

  static fromResponse(response, body) {
    const code = body && body.error ? body.error.code : "unknown";
    return new HttpError${file.lastId()}(response.status, code, \`request failed with \${response.status}\`);
  }
}
`,
  (r, file) => `
export function groupBy${file.id()}(items, keyOf) {
  const groups = {};
  for (const item of items) {
    const key = keyOf(item);
    (groups[key] ||= []).push(item);
  }
  return Object.entries(groups)
    .map(([key, members]) => ({ key, count: members.length, members }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
`,
  (r, file) => `
export function registerRoutes${file.id()}(router, handlers) {
  router.get("/healthz", (_req, res) => res.json({ ok: true, uptime: process.uptime() }));
  router.post("/portal/${r.pick(["open", "session", "start"])}", handlers.open);
  router.get("/portal/sessions/:id", async (req, res, next) => {
    try {
      const session = await handlers.find(req.params.id);
      if (!session) return res.status(404).end();
      return res.json(session);
    } catch (error) {
      return next(error);
    }
  });
  return router;
}
`,
];

/** The prelude every generated module shares: its imports, client and helpers. */
function prelude(file) {
  const lines = [`// Generated by bench/lint: a backend module of the kind that opens Unkey portal sessions.`];
  if (file.usesSdk) lines.push(`import { Unkey } from "@unkey/api";`);
  lines.push(...file.imports);
  lines.push(`import { logger, metrics } from "../lib/observability.js";`);
  lines.push(`import { requireSession, sessions, jsonHeaders } from "../lib/session.js";`);
  lines.push("");
  if (file.usesSdk) lines.push(`const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });`);
  if (file.usesBase) lines.push(`const UNKEY_API = process.env.UNKEY_API_URL ?? "https://api.unkey.com";`);
  lines.push(...file.consts);
  return lines.join("\n");
}

/** How many config modules the generated services import their portals from. */
const CONFIG_MODULES = 8;

/**
 * The config modules: each exports one object of portals (a third of them invalid), keyed by
 * region, as a service's `config/portals.js` does. They hold no call, so they cost the rule
 * nothing when linted; what they cost is reading them for the services that import them.
 */
function configModules(r) {
  const regions = ["eu", "us", "ap", "sa", "af", "me", "ca", "au", "jp", "in"];
  return Array.from({ length: CONFIG_MODULES }, (_, id) => {
    const invalid = new Set();
    const entries = regions.map((key) => {
      const slug = slugLiteral(r, '"');
      if (slug.expected) invalid.add(key);
      return `  ${key}: ${slug.code},`;
    });
    const text = `// Generated by bench/lint: a config module the services import their portals from.\nexport const PORTALS_${id} = {\n${entries.join("\n")}\n};\n`;
    return { id, keys: regions, invalid, file: { path: `app/src/config/portals-${id}.js`, sourceType: "module", text, expected: 0 } };
  });
}

/**
 * `count` generated modules: most open portal sessions (one to three call shapes each), the rest
 * are near misses, and the config modules some of them import. Returns the files and how many
 * reports the rule must make on all of them.
 */
export function generate({ random: r, count }) {
  const config = configModules(r);
  const files = config.map((module) => module.file);
  let expectedReports = 0;
  const shapeNames = Object.keys(SHAPES);
  const missNames = Object.keys(NEAR_MISSES);
  for (let n = 0; n < count; n++) {
    let counter = 0;
    const file = {
      imports: new Set(),
      // A set, so that what several shapes need (the core client) is declared once.
      consts: new Set(),
      usesSdk: false,
      usesBase: false,
      // Names unique within the file, so that no-redeclare and friends stay quiet.
      id: () => `${n}x${++counter}`,
      lastId: () => `${n}x${counter}`,
    };
    const sections = [];
    let expected = 0;
    const portal = r.chance(0.75);
    const calls = portal ? r.int(1, 3) : r.int(1, 2);
    for (let i = 0; i < calls; i++) {
      if (portal) {
        const shape = SHAPES[r.pick(shapeNames)](r, file, config);
        sections.push(shape.code);
        expected += shape.expected;
      } else {
        sections.push(NEAR_MISSES[r.pick(missNames)](r, file));
      }
      for (let f = r.int(1, 3); f > 0; f--) sections.push(r.pick(FILLERS)(r, file));
    }
    const text = `${prelude(file)}\n${sections.join("")}`;
    const folder = r.pick(["routes", "services", "billing", "integrations", "jobs"]);
    files.push({ path: `app/src/${folder}/${portal ? "portal" : "module"}-${String(n).padStart(3, "0")}.js`, sourceType: "module", text, expected });
    expectedReports += expected;
  }
  return { files, expectedReports };
}
