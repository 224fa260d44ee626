/** The real `sift` CLI run from source (through tsx), so the corpus integration tests need no build step. */
import "../../src/cli/main.js";
