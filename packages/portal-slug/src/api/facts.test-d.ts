import { expectTypeOf, test } from "vitest";
import type { PortalId, PortalSlug } from "../contract.js";
import type { CreateSessionRequestOf, NewerCreateSessionRequest, OlderCreateSessionRequest } from "../request/types.js";
import type { CREATE_SESSION_API } from "./create-session.js";

test("the body types are the description's fields, by kind", () => {
  expectTypeOf<OlderCreateSessionRequest>().toEqualTypeOf<{
    readonly slug: PortalSlug;
    readonly externalId: string;
    readonly permissions: ("keys:read" | "keys:create" | "keys:reroll" | "analytics:read")[];
    readonly preview?: boolean | undefined;
  }>();
  expectTypeOf<NewerCreateSessionRequest>().toEqualTypeOf<{
    readonly portal: PortalSlug | PortalId;
    readonly externalId: string;
    readonly scopes: ("keys:read" | "keys:create" | "keys:reroll" | "analytics:read")[];
    readonly preview?: boolean | undefined;
    readonly returnUrl?: string | undefined;
  }>();
});

test("a scope and a field added to the description are in the body's type", () => {
  type Api = typeof CREATE_SESSION_API;
  type Changed = Omit<Api, "scopes" | "generations"> & {
    readonly scopes: readonly [...Api["scopes"], "keys:delete"];
    readonly generations: {
      readonly older: Api["generations"]["older"];
      readonly newer: {
        readonly fields: Api["generations"]["newer"]["fields"] & { readonly expiresIn: { readonly kind: "text"; readonly required: false } };
      };
    };
  };
  type Body = CreateSessionRequestOf<"newer", Changed>;
  expectTypeOf<Body["expiresIn"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Body["scopes"]>().toEqualTypeOf<("keys:read" | "keys:create" | "keys:reroll" | "analytics:read" | "keys:delete")[]>();
});
