package org.lastmile.server.store;

import org.lastmile.common.MessageKeyed;

/**
 * A request the server refuses, with the HTTP status and the message key the laptop translates.
 * Thrown before anything is written, or inside a transaction that then rolls back.
 */
public final class Refusal extends RuntimeException implements MessageKeyed {

    private final int status;
    private final String key;
    private final transient Object[] args;

    public Refusal(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
