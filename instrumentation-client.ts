import { z } from "zod";

// Runs before the pages' code. Zod compiles object schemas with `new Function` when it may; the
// pages' Content-Security-Policy allows no eval, and zod's probe for it is reported as a violation
// even though zod catches it. Without the probe, zod parses in the browser as it does anywhere.
z.config({ jitless: true });
