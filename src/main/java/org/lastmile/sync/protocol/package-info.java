/**
 * The wire protocol between the field laptop and the court server (docs/sync.md): plain records
 * that Jackson reads and writes through {@link org.lastmile.sync.protocol.Wire}, shared by the
 * client sync engine and the server. Every type refuses unknown fields and bounds its sizes in its
 * constructor, so that a value that exists is a valid one on either side.
 */
package org.lastmile.sync.protocol;
