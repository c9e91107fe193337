package org.lastmile.common;

/**
 * Something that the user is told about through the i18n bundles: a message key and its
 * arguments, never a translated string. Libraries ({@code survey}, {@code gnss}) and the domain
 * report problems this way so that every layer above can show them in the current language.
 */
public interface MessageKeyed {

    /** The bundle key, for example {@code survey.error.unknownPoint}. */
    String messageKey();

    /** The {@link java.text.MessageFormat} arguments of the message, possibly empty. */
    Object[] messageArgs();
}
