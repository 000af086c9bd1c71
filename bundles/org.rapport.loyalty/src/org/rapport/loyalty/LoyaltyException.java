package org.rapport.loyalty;

/** A loyalty request that cannot be done as asked (unknown program or member, invalid value); nothing was written. */
public class LoyaltyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates it with the message a user reads. */
    public LoyaltyException(String message) {
        super(message);
    }
}
