// The compile-time check, read by vitest's typecheck: every `expectTypeOf` is a type assertion,
// and every `@ts-expect-error` fails the run when the line below it compiles after all.
import { describe, expectTypeOf, it } from "vitest";
import type { LISTED_PORTALS, PORTAL_SLUG_MAX_LENGTH, PORTAL_SLUG_MIN_LENGTH, PortalSlug, QUOTED_VALUE } from "../contract.js";
import { portalSlug } from "../portal-slug.js";
import type { InvalidPortalSlug, KnownPortal, PortalSlugArgument, ValidateKnownPortal, ValidatePortalSlug } from "./index.js";

type Twice<S extends string> = `${S}${S}`;
/** 16 characters, then powers of two above it: long literals without long lines. */
type Sixteen = "abcdefghijklmnop";
type SixtyFour = Twice<Twice<Sixteen>>;
type SixtyFive = `${SixtyFour}q`;
type SixteenThousand = Twice<Twice<Twice<Twice<Twice<Twice<Twice<Twice<Twice<Twice<SixtyFour>>>>>>>>>>;

describe("ValidatePortalSlug", () => {
  it("is true for valid slugs, digits only and a leading digit included", () => {
    expectTypeOf<ValidatePortalSlug<"my-portal">>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<"abc">>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<"123">>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<"1st-portal">>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<"a-b-c-d-e-f-g">>().toEqualTypeOf<true>();
  });

  it("takes the longest slug, 64 characters, and calls 65 too long", () => {
    expectTypeOf<ValidatePortalSlug<SixtyFour>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<`${SixtyFour}`>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<SixtyFive>>().toEqualTypeOf<"'abcdefghijklmnopabcdefghijklmnopabcdefgh…' is too long: more than 64 characters">();
    expectTypeOf<
      ValidatePortalSlug<`${Twice<Sixteen>}-${Twice<Sixteen>}`>
    >().toEqualTypeOf<"'abcdefghijklmnopabcdefghijklmnop-abcdefg…' is too long: more than 64 characters">();
  });

  it("says too long, not too deep, however long the literal", () => {
    expectTypeOf<ValidatePortalSlug<SixteenThousand>>().toEqualTypeOf<"'abcdefghijklmnopabcdefghijklmnopabcdefgh…' is too long: more than 64 characters">();
    expectTypeOf<
      ValidatePortalSlug<`${SixteenThousand}_`>
    >().toEqualTypeOf<"'abcdefghijklmnopabcdefghijklmnopabcdefgh…' is too long: more than 64 characters">();
  });

  it("says how short a slug is", () => {
    expectTypeOf<ValidatePortalSlug<"">>().toEqualTypeOf<"'' is too short: 0 characters, at least 3">();
    expectTypeOf<ValidatePortalSlug<"a">>().toEqualTypeOf<"'a' is too short: 1 character, at least 3">();
    expectTypeOf<ValidatePortalSlug<"ab">>().toEqualTypeOf<"'ab' is too short: 2 characters, at least 3">();
  });

  it("names an uppercase letter and where it is", () => {
    expectTypeOf<ValidatePortalSlug<"My-portal">>().toEqualTypeOf<"'M' at index 0 is uppercase: slugs are lowercase">();
    expectTypeOf<ValidatePortalSlug<"myPortal">>().toEqualTypeOf<"'P' at index 2 is uppercase: slugs are lowercase">();
    expectTypeOf<ValidatePortalSlug<"my-portaL">>().toEqualTypeOf<"'L' at index 8 is uppercase: slugs are lowercase">();
  });

  it("names an underscore", () => {
    expectTypeOf<ValidatePortalSlug<"my_portal">>().toEqualTypeOf<"'_' at index 2 is an underscore: join words with '-'">();
  });

  it("names whitespace of every kind Unicode's White_Space knows, invisible ones by code point", () => {
    expectTypeOf<ValidatePortalSlug<"my portal">>().toEqualTypeOf<"' ' at index 2 is whitespace: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"my\tportal">>().toEqualTypeOf<"'\t' at index 2 is whitespace: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"my-portal\n">>().toEqualTypeOf<"'\n' at index 9 is whitespace: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"my\rportal">>().toEqualTypeOf<"'\r' at index 2 is whitespace: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"my\u00a0portal">>().toEqualTypeOf<"U+00A0 (no-break space) at index 2 is whitespace: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"my\u3000portal">>().toEqualTypeOf<"U+3000 (ideographic space) at index 2 is whitespace: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"\ufeffmy-portal">>().toEqualTypeOf<"U+FEFF (zero-width no-break space) at index 0 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"my\u0085portal">>().toEqualTypeOf<"U+0085 (next line) at index 2 is whitespace: join words with '-'">();
  });

  it("names DEL, the C1 controls and the characters that print as nothing by code point", () => {
    expectTypeOf<ValidatePortalSlug<"ab\u007fc">>().toEqualTypeOf<"U+007F (delete) at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"ab\u3164c">>().toEqualTypeOf<"U+3164 (Hangul filler) at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"ab\u009bc">>().toEqualTypeOf<"U+009B (control) at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"ab\ufe0fc">>().toEqualTypeOf<"U+FE0F (variation selector-16) at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"ab\u2800c">>().toEqualTypeOf<"U+2800 (Braille pattern blank) at index 2 is not allowed: use a-z, 0-9 and '-'">();
  });

  it("names every other character outside a-z, 0-9 and '-'", () => {
    expectTypeOf<ValidatePortalSlug<"my.portal">>().toEqualTypeOf<"'.' at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"portal!">>().toEqualTypeOf<"'!' at index 6 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"my\\portal">>().toEqualTypeOf<"'\\' at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<'my"portal'>>().toEqualTypeOf<`'"' at index 2 is not allowed: use a-z, 0-9 and '-'`>();
    expectTypeOf<ValidatePortalSlug<"my\u0001portal">>().toEqualTypeOf<"'\u0001' at index 2 is not allowed: use a-z, 0-9 and '-'">();
  });

  it("calls out a character that only looks allowed", () => {
    // A Cyrillic "а", quoted alone, would read as the Latin letter it imitates.
    expectTypeOf<ValidatePortalSlug<"portаl">>().toEqualTypeOf<"'а' (not ASCII) at index 4 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"café">>().toEqualTypeOf<"'é' (not ASCII) at index 3 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"my\u200bportal">>().toEqualTypeOf<"U+200B (zero-width space) at index 2 is not allowed: use a-z, 0-9 and '-'">();
    expectTypeOf<ValidatePortalSlug<"my\u00adportal">>().toEqualTypeOf<"U+00AD (soft hyphen) at index 2 is not allowed: use a-z, 0-9 and '-'">();
    // A quote inside quotes would be hard to read, so it is named too.
    expectTypeOf<ValidatePortalSlug<"it's-mine">>().toEqualTypeOf<"U+0027 (apostrophe) at index 2 is not allowed: use a-z, 0-9 and '-'">();
  });

  it("names misplaced hyphens", () => {
    expectTypeOf<ValidatePortalSlug<"-portal">>().toEqualTypeOf<"'-' at index 0 starts the slug: begin with a letter or digit">();
    expectTypeOf<ValidatePortalSlug<"portal-">>().toEqualTypeOf<"'-' at index 6 ends the slug: end with a letter or digit">();
    expectTypeOf<ValidatePortalSlug<"my--portal">>().toEqualTypeOf<"'--' at index 2 is a double hyphen: keep one '-'">();
    expectTypeOf<ValidatePortalSlug<"my---portal">>().toEqualTypeOf<"'--' at index 2 is a double hyphen: keep one '-'">();
  });

  it("names the first problem in the runtime's order", () => {
    expectTypeOf<ValidatePortalSlug<"a_B">>().toEqualTypeOf<"'_' at index 1 is an underscore: join words with '-'">();
    expectTypeOf<ValidatePortalSlug<"my portal_">>().toEqualTypeOf<"' ' at index 2 is whitespace: join words with '-'">();
    // Both start at 0 and the runtime lists the leading hyphen first.
    expectTypeOf<ValidatePortalSlug<"--portal">>().toEqualTypeOf<"'-' at index 0 starts the slug: begin with a letter or digit">();
    // The double hyphen starts before the trailing one.
    expectTypeOf<ValidatePortalSlug<"portal--">>().toEqualTypeOf<"'--' at index 6 is a double hyphen: keep one '-'">();
    // Too short has no position, so it comes before any character.
    expectTypeOf<ValidatePortalSlug<"A_">>().toEqualTypeOf<"'A_' is too short: 2 characters, at least 3">();
    // Too long is a problem at the 65th character: an earlier one comes first, a later one after.
    expectTypeOf<ValidatePortalSlug<`My${SixtyFour}`>>().toEqualTypeOf<"'M' at index 0 is uppercase: slugs are lowercase">();
    expectTypeOf<ValidatePortalSlug<`${SixtyFour}_`>>().toEqualTypeOf<"'abcdefghijklmnopabcdefghijklmnopabcdefgh…' is too long: more than 64 characters">();
  });

  it("leaves strings it cannot read in full to the runtime", () => {
    expectTypeOf<ValidatePortalSlug<string>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<`my-${string}`>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<`My_${string}`>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<`portal-${number}`>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<PortalSlug>>().toEqualTypeOf<true>();
    // A pattern that starts with the longest slug may still be that slug: `string` can be "".
    expectTypeOf<ValidatePortalSlug<`${SixtyFour}${string}`>>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<`${string}--`>>().toEqualTypeOf<true>();
  });

  it("checks a union member by member", () => {
    expectTypeOf<ValidatePortalSlug<"my-portal" | "your-portal">>().toEqualTypeOf<true>();
    expectTypeOf<ValidatePortalSlug<"my-portal" | "My">>().toEqualTypeOf<true | "'My' is too short: 2 characters, at least 3">();
  });

  it("matches the limits in contract.ts, which its quick check spells out", () => {
    // The quick check reads the minimum as a three-character pattern and the maximum as 16 steps
    // of four: a change to either limit has to change types.ts with it.
    expectTypeOf<typeof PORTAL_SLUG_MIN_LENGTH>().toEqualTypeOf<3>();
    expectTypeOf<typeof PORTAL_SLUG_MAX_LENGTH>().toEqualTypeOf<64>();
  });
});

describe("portalSlug", () => {
  it("returns the branded slug for a valid literal", () => {
    expectTypeOf(portalSlug("my-portal")).toEqualTypeOf<PortalSlug>();
    expectTypeOf(portalSlug("abc")).toEqualTypeOf<PortalSlug>();
    const longest: SixtyFour = "abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopabcdefghijklmnop";
    expectTypeOf(portalSlug(longest)).toEqualTypeOf<PortalSlug>();
  });

  it("rejects an invalid literal for each rule", () => {
    // @ts-expect-error too short
    portalSlug("ab");
    const tooLong: SixtyFive = "abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopabcdefghijklmnopq";
    // @ts-expect-error too long
    portalSlug(tooLong);
    // @ts-expect-error uppercase
    portalSlug("My-portal");
    // @ts-expect-error underscore
    portalSlug("my_portal");
    // @ts-expect-error whitespace
    portalSlug("my portal");
    // @ts-expect-error whitespace
    portalSlug("my\tportal");
    // @ts-expect-error whitespace
    portalSlug("my-portal\n");
    // @ts-expect-error invalid character
    portalSlug("my.portal");
    // @ts-expect-error invalid character
    portalSlug("portаl");
    // @ts-expect-error leading hyphen
    portalSlug("-portal");
    // @ts-expect-error trailing hyphen
    portalSlug("portal-");
    // @ts-expect-error consecutive hyphens
    portalSlug("my--portal");
  });

  it("shows the first problem as the parameter's type", () => {
    expectTypeOf<PortalSlugArgument<"my-portal">>().toEqualTypeOf<"my-portal">();
    expectTypeOf<PortalSlugArgument<"My-portal">>().toEqualTypeOf<"'M' at index 0 is uppercase: slugs are lowercase" & InvalidPortalSlug>();
    expectTypeOf<PortalSlugArgument<"my-portal" | "My">>().toEqualTypeOf<"'My' is too short: 2 characters, at least 3" & InvalidPortalSlug>();
  });

  it("does not take the error message in place of a slug", () => {
    expectTypeOf<"'M' at index 0 is uppercase: slugs are lowercase">().not.toExtend<PortalSlugArgument<"My-portal">>();
    // @ts-expect-error the message is no slug either
    portalSlug("'M' at index 0 is uppercase: slugs are lowercase");
    // @ts-expect-error nor is any other message
    portalSlug("'ab' is too short: 2 characters, at least 3");
    const message = null as unknown as ValidatePortalSlug<"My-portal">;
    // @ts-expect-error a value of the message's type is no slug
    portalSlug(message);
  });

  it("accepts strings it can only check at runtime", () => {
    const fromEnvironment: string = "my-portal";
    expectTypeOf(portalSlug(fromEnvironment)).toEqualTypeOf<PortalSlug>();
    const templated = `my-${fromEnvironment}` as const;
    expectTypeOf(templated).toEqualTypeOf<`my-${string}`>();
    expectTypeOf(portalSlug(templated)).toEqualTypeOf<PortalSlug>();
    const numbered = `portal-${Number("1")}` as const;
    expectTypeOf(portalSlug(numbered)).toEqualTypeOf<PortalSlug>();
    const slug = portalSlug("my-portal");
    expectTypeOf(portalSlug(slug)).toEqualTypeOf<PortalSlug>();
  });

  it("accepts a union of valid literals and rejects one with an invalid member", () => {
    const either = null as unknown as "my-portal" | "your-portal";
    expectTypeOf(portalSlug(either)).toEqualTypeOf<PortalSlug>();
    const mixed = null as unknown as "my-portal" | "My-portal";
    // @ts-expect-error one member is invalid
    portalSlug(mixed);
  });
});

/** The words every unknown portal's message starts with, after the value. */
type Declared<Count extends string> = `is ${Count} declared, and Unkey answers 404 for a portal it does not have`;
type Two = "billing-portal" | "dev-docs";

describe("ValidateKnownPortal", () => {
  it("is true for a declared portal, and for what only the runtime can judge", () => {
    expectTypeOf<ValidateKnownPortal<"dev-docs", Two>>().toEqualTypeOf<true>();
    expectTypeOf<ValidateKnownPortal<string, Two>>().toEqualTypeOf<true>();
    expectTypeOf<ValidateKnownPortal<`team-${string}`, Two>>().toEqualTypeOf<true>();
  });

  it("names the closest declared portal for a well-formed typo, in the runtime's words", () => {
    expectTypeOf<ValidateKnownPortal<"biling-portal", Two>>().toEqualTypeOf<`'biling-portal' ${Declared<"none of the 2 portals">}; write 'billing-portal'`>();
    expectTypeOf<ValidateKnownPortal<"devdocs", Two>>().toEqualTypeOf<`'devdocs' ${Declared<"none of the 2 portals">}; write 'dev-docs'`>();
    expectTypeOf<ValidateKnownPortal<"dev-doc", "dev-docs">>().toEqualTypeOf<`'dev-doc' ${Declared<"not the portal">}; write 'dev-docs'`>();
  });

  it("picks the first in code-unit order among the equally close", () => {
    expectTypeOf<ValidateKnownPortal<"dev-doc", "dev-docs" | "dev-dock">>().toEqualTypeOf<`'dev-doc' ${Declared<"none of the 2 portals">}; write 'dev-dock'`>();
  });

  it("lists up to five declared portals when none is close, and counts no more", () => {
    expectTypeOf<
      ValidateKnownPortal<"analytics", Two | "pc_3Kd9xQ2">
    >().toEqualTypeOf<`'analytics' ${Declared<"none of the 3 portals">}; none is close: 'billing-portal', 'dev-docs'`>();
    expectTypeOf<
      ValidateKnownPortal<"analytics", Two | "a111" | "b222" | "c333" | "d444">
    >().toEqualTypeOf<`'analytics' ${Declared<"none of the portals">}; none of them is close`>();
  });

  it("offers a slug's place no portal ID, however close, and lists none (as the runtime words it)", () => {
    expectTypeOf<ValidateKnownPortal<"pcabcdefgh", "pc_abcdefgh">>().toEqualTypeOf<`'pcabcdefgh' ${Declared<"not the portal">}; none of them is close`>();
    expectTypeOf<
      ValidateKnownPortal<"analytics", "pc_3Kd9xQ2" | "billing-portal">
    >().toEqualTypeOf<`'analytics' ${Declared<"none of the 2 portals">}; none is close: 'billing-portal'`>();
  });

  it("quotes a long value as the runtime does, cut after 40 characters", () => {
    type Long = "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij";
    expectTypeOf<
      ValidateKnownPortal<Long, "dev-docs">
    >().toEqualTypeOf<`'abcdefghij-abcdefghij-abcdefghij-abcdefg…' ${Declared<"not the portal">}; none is close: 'dev-docs'`>();
  });

  it("keeps a malformed value's own first problem", () => {
    expectTypeOf<ValidateKnownPortal<"Billing-portal", Two>>().toEqualTypeOf<"'B' at index 0 is uppercase: slugs are lowercase">();
  });

  it("leaves out entries that can be no portal, and checks nothing when none is left", () => {
    expectTypeOf<ValidateKnownPortal<"anything", "Not_A_Portal" | "pc_">>().toEqualTypeOf<true>();
    expectTypeOf<ValidateKnownPortal<"anything", never>>().toEqualTypeOf<true>();
    expectTypeOf<ValidateKnownPortal<"anything", string>>().toEqualTypeOf<true>();
  });

  it("checks a union member by member", () => {
    expectTypeOf<ValidateKnownPortal<"dev-docs" | "billing-portal", Two>>().toEqualTypeOf<true>();
    expectTypeOf<ValidateKnownPortal<"dev-docs" | "devdocs", Two>>().toEqualTypeOf<true | `'devdocs' ${Declared<"none of the 2 portals">}; write 'dev-docs'`>();
  });

  it("matches the counts in contract.ts, which it spells out", () => {
    // A value is quoted to 40 characters and at most five portals are listed, as the runtime does.
    expectTypeOf<typeof QUOTED_VALUE>().toEqualTypeOf<40>();
    expectTypeOf<typeof LISTED_PORTALS>().toEqualTypeOf<5>();
  });
});

describe("KnownPortal", () => {
  it("is never in a program that declares no portals, so that portalSlug takes any valid slug", () => {
    // This program does not augment Register: the augmented one is in test/fixtures/types-register.
    expectTypeOf<KnownPortal>().toEqualTypeOf<never>();
    expectTypeOf(portalSlug("any-valid-slug")).toEqualTypeOf<PortalSlug>();
  });
});
