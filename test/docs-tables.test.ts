// The docs' tables that state facts the code holds, made from the code: Unkey's API from the core's
// one description, the rules the guard holds beyond Unkey's schema from the list the spec tests read.
// A table that differs from the code fails; `DOCS_UPDATE=1` writes it anew.
import { CREATE_SESSION_API, type ApiDescription } from "portal-slug";
import { describe, expect, it } from "vitest";
import { apiTable } from "./support/api-table.js";
import { markdownTable, readSection, tableRows } from "./support/generated-section.js";
import { STRICTER_THAN_UNKEY } from "./support/stricter-than-unkey.js";

describe("docs/request-guard.md's table of Unkey's API", () => {
  it("is the core's description of it, field by field and generation by generation", () => {
    const table = apiTable();
    expect(readSection("docs/request-guard.md", "api", table), "DOCS_UPDATE=1 writes it anew").toEqual(tableRows(table));
  });

  it("follows a change of the description: a new scope and a new field are in it", () => {
    const { newer } = CREATE_SESSION_API.generations;
    const changed: ApiDescription = {
      ...CREATE_SESSION_API,
      scopes: [...CREATE_SESSION_API.scopes, "keys:delete"],
      generations: {
        ...CREATE_SESSION_API.generations,
        newer: { ...newer, fields: { ...newer.fields, expiresIn: { kind: "text", required: false, maxLength: 20, holds: "how long" } } },
      },
    };
    const rows = tableRows(apiTable(changed));
    expect(rows).toContainEqual(["`expiresIn`", "—", "optional: text, at most 20 characters"]);
    expect(rows.find(([first]) => first === "the scopes")?.[1]).toContain("`keys:delete`");
  });
});

describe("docs/beyond-unkeys-schema.md's table", () => {
  it("is the list of rules the spec tests hold the guard to, with their reasons", () => {
    const table = markdownTable(
      ["rule", "codes", "why"],
      STRICTER_THAN_UNKEY.map(({ rule, codes, reason }) => [rule, codes.map((code) => `\`${code}\``).join(", "), reason]),
    );
    expect(readSection("docs/beyond-unkeys-schema.md", "stricter", table), "DOCS_UPDATE=1 writes it anew").toEqual(tableRows(table));
  });
});
