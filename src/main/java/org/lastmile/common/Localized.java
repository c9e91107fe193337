package org.lastmile.common;

/**
 * A message argument that has its own text per language, such as a person's name recorded in
 * Chinese and in Tibetan: the message shows the one of its language
 * ({@code org.lastmile.i18n.Messages} asks with the language's tag, {@code zh}, {@code bo}, {@code en}).
 */
public interface Localized {

    /** The text for the language with this tag. */
    String in(String languageTag);
}
