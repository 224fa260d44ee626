#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=8
// The flag is SEMI_SPACE_FLAG and the variable MALLOC_ARENA_SETTING of src/core/heap.ts: both are read only at start-up
// (test/cli-heap-flag.test.ts checks they agree).
import "../dist/cli/main.js";
