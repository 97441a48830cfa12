package org.tvilling.lequinox.access;

/** A documented answer of the Lequinox API, rendered by {@link LequinoxExceptionHandler} as its plain text. */
class LequinoxException extends RuntimeException {

    private final LequinoxMessage message;
    private final String text;

    LequinoxException(LequinoxMessage message) {
        this(message, message.template());
        if (message.hasPlaceholder()) {
            throw new IllegalArgumentException(message + " needs the value of its placeholder");
        }
    }

    LequinoxException(LequinoxMessage message, Object value) {
        this(message, message.text(value));
    }

    private LequinoxException(LequinoxMessage message, String text) {
        super(message.name(), null, false, false);
        this.message = message;
        this.text = text;
    }

    LequinoxMessage documented() {
        return message;
    }

    String text() {
        return text;
    }
}
