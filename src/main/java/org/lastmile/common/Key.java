package org.lastmile.common;

/**
 * A message argument that is itself translated: {@code new Key("land.field.area")} shows as the
 * current language's word for it.
 *
 * @param messageKey the bundle key
 */
public record Key(String messageKey) implements MessageKeyed {

    @Override
    public Object[] messageArgs() {
        return new Object[0];
    }

    @Override
    public String toString() {
        return messageKey;
    }
}
