package org.lastmile.sync.protocol;

/**
 * A laptop asks to be enrolled with the one-time code the office printed
 * ({@code lastmile server enrol --officer ID}).
 *
 * @param code the one-time code
 * @param deviceName a name for the office's list (host name), free text
 */
public record EnrolRequest(String code, String deviceName) {

    public EnrolRequest {
        Check.text(code, "code");
        Check.text(deviceName, "device_name");
    }
}
