package org.tvilling.heliumv;

/** The values of {@code x-hv-error-code}, as HELIUM V's REST layer numbers them (BaseApi.HvErrorCode). */
public enum HvErrorCode {
    REMOTE_EXCEPTION(1),
    NAMING_EXCEPTION(2),
    UNPROCESSABLE_ENTITY(3),
    UNKNOWN_ENTITY(4),
    EJB_EXCEPTION(5),
    CLIENTPROTOCOL_EXCEPTION(6),
    IO_EXCEPTION(7),
    EXPECTATION_FAILED(8),
    VALIDATION_FAILED(9),
    THROWABLE_EXCEPTION(10);

    private final int code;

    HvErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
