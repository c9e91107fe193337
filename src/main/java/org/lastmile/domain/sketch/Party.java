package org.lastmile.domain.sketch;

/** The side a claim or a part belongs to: A is drawn red and solid, B blue and dashed. */
public enum Party {
    A("sketch.party.a"),
    B("sketch.party.b");

    private final String messageKey;

    Party(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
