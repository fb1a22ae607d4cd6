/**
 * The judgement of a body told apart into the objects it spreads and the keys of its own
 * (`BodySplit`), with the same findings as judging it whole (`judgeBody`), at a cost that grows
 * with its own part: `{ ...BASE, externalId }` written at a thousand calls judges BASE's fields
 * once, not a thousand times.
 *
 * What the spread fields say alone (less those the body's own keys after them override, one
 * map for each set of those: `{ ...BASE, p0: 1 }` at every call shares one) is said once for
 * every body that spreads them, in arrays shared by those bodies (so that the places of
 * `body-places.ts` go through them once): each value's findings, and each unknown key's (whose
 * wording the core ties to the body's generation and to the field it stands for being sent
 * already, so one array for each set of fields the bodies' own parts add). What the core says of
 * the whole body (its generation, the generations mixed, the fields missing) depends on a few
 * keys only: the known fields, and for each field an unknown key may stand for, one such key.
 * Each body asks the core about those and its own keys, and never goes through the spread ones.
 */
import { CREATE_SESSION_FACTS } from "portal-slug";
import { createCache } from "../../util/cache.js";
import type { BodyField, BodyShape, BodySplit } from "../../util/values/body-shape.js";
import {
  firstOf,
  judgeValues,
  keyFindings,
  olderBodyFindings,
  unknownKeyFinding,
  type BodyContext,
  type BodyFinding,
  type KeyedBody,
  type OlderBodyPolicy,
  checkKeys,
} from "./body-judgement.js";

const { fields: KNOWN } = CREATE_SESSION_FACTS;

/** What the unknown keys of spread fields say, in a body whose own keys add some fields. */
interface SpreadKeys {
  readonly findings: readonly BodyFinding[];
  /** One unknown key for each field those keys are taken to mean: all that the core's missing fields ask of them. */
  readonly meaning: readonly string[];
}

/** What spread fields say, whatever the body that spreads them writes of its own. */
interface SpreadJudgement {
  /** The findings of their values. */
  readonly values: readonly BodyFinding[];
  /** The keys whose value is `undefined` alone. */
  readonly unset: ReadonlySet<string>;
  /** Their unknown keys' findings, by the fields the body's own part adds (joined). */
  readonly keys: Map<string, SpreadKeys>;
  /** The first field among a few keys (a generation's), by the list of keys asked. */
  readonly first: Map<readonly string[], BodyField | undefined>;
}

/** Judges a body told apart: give its shape, its split and how the older body is judged, get its findings as arrays, some shared with other bodies. */
export type SplitJudge = (shape: BodyShape, split: BodySplit, older: OlderBodyPolicy) => readonly (readonly BodyFinding[])[];

/** The judge of one linted file's bodies told apart, which keeps what their spread fields say for the file. */
export function createSplitJudge(file: BodyContext): SplitJudge {
  const spreads = createCache<ReadonlyMap<string, BodyField>, SpreadJudgement>("file");

  const judgedSpread = (spread: ReadonlyMap<string, BodyField>): SpreadJudgement =>
    spreads.answer(spread, () => {
      const { findings, unset } = judgeValues(spread.values(), file);
      return { values: findings, unset: new Set(unset), keys: new Map(), first: new Map() };
    });

  /** The unknown spread keys' findings where the body's own fields are `added`: the core words them, given every spread key with those. */
  const spreadKeys = (spread: ReadonlyMap<string, BodyField>, judged: SpreadJudgement, added: readonly string[]): SpreadKeys => {
    const id = added.join(",");
    const kept = judged.keys.get(id);
    if (kept) return kept;
    const findings: BodyFinding[] = [];
    const meaning = new Map<string, string>();
    for (const issue of checkKeys([...spread.keys(), ...added]).issues) {
      const [key] = issue.path;
      const field = typeof key === "string" && issue.code === "unknown_field" ? spread.get(key) : undefined;
      if (!field) continue;
      findings.push(unknownKeyFinding(issue, field));
      if (issue.suggestion !== undefined && !meaning.has(issue.suggestion)) meaning.set(issue.suggestion, field.key);
    }
    const made: SpreadKeys = { findings, meaning: [...meaning.values()] };
    judged.keys.set(id, made);
    return made;
  };

  return (shape, { spread, before, after }, older) => {
    const judged = judgedSpread(spread);
    const beforeValues = judgeValues(before.values(), file);
    const afterValues = judgeValues(after.values(), file);
    const own = (key: string): BodyField | undefined => after.get(key) ?? before.get(key);
    // The fields the body's own part sends, in the API's order, name the judgement of the spread
    // keys it shares: the generation's say how a key is read, and a field a misspelt spread key
    // stands for has the key named beside it.
    const added = KNOWN.filter((key) => own(key));
    const unknown = spreadKeys(spread, judged, added);
    // The whole body as far as the core's answer about it can tell: the own keys, the spread
    // keys it knows, and the unknown ones that stand for the fields they may mean.
    const known = KNOWN.filter((key) => spread.has(key));
    const { issues, generation } = checkKeys([...before.keys(), ...known, ...unknown.meaning, ...after.keys()], {
      complete: shape.complete,
      unset: [...beforeValues.unset, ...known.filter((key) => judged.unset.has(key)), ...afterValues.unset],
    });
    const firstSpread = (keys: readonly string[]): BodyField | undefined => {
      if (!judged.first.has(keys)) judged.first.set(keys, firstOf(spread, keys));
      return judged.first.get(keys);
    };
    const body: KeyedBody = {
      shape,
      field: (key) => own(key) ?? spread.get(key),
      // The body's fields are the own ones before, the spread ones and the own ones after, side by side.
      first: (keys) => firstOf(before, keys) ?? firstSpread(keys) ?? firstOf(after, keys),
    };
    // The unknown spread keys named again here are said once for all, in `unknown.findings`.
    const ofBody = keyFindings(
      issues.filter(({ code }) => code !== "unknown_field"),
      body,
      older,
    );
    const ofOwnKeys = (keys: ReadonlyMap<string, BodyField>) =>
      keyFindings(
        issues.filter(({ code, path: [key] }) => code === "unknown_field" && typeof key === "string" && keys.has(key)),
        body,
        older,
      );
    // In the order the whole judgement gives them, which decides the order of reports that stand
    // on one node (a module's body, at its use): the body's, each key's and each value's in the
    // order of the body's fields, the older body's between.
    return [
      ofBody,
      ofOwnKeys(before),
      unknown.findings,
      ofOwnKeys(after),
      olderBodyFindings(generation, body, older),
      beforeValues.findings,
      judged.values,
      afterValues.findings,
    ];
  };
}
