/**
 * Documents the court accepts (文书): PDFs of on-site records on the GB/T 9704 page, Chinese as
 * embedded selectable text, Tibetan shaped by Java2D and drawn as outlines. No JavaFX: documents
 * render without a screen, from domain objects the caller reads through {@code org.lastmile.service}.
 */
package org.lastmile.docs;
