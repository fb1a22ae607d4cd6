/**
 * typescript-eslint's RuleTester, run by vitest. One place sets it up so that every rule test
 * file gets the same hooks.
 */
import { RuleTester } from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export { RuleTester };
