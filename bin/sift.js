#!/usr/bin/env -S node --max-semi-space-size=8
// The flag is SEMI_SPACE_FLAG of src/core/heap.ts: V8 reads it only at start-up (test/cli-heap-flag.test.ts checks both agree).
import "../dist/cli/main.js";
