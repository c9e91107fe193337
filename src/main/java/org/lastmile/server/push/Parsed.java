package org.lastmile.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import org.lastmile.server.store.Scope;

/**
 * A payload that passed the checks: its tree (for a merge) and who may see it.
 */
record Parsed(JsonNode tree, Scope scope) {
}
