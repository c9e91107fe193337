package org.lastmile.ui.record.sign;

import java.time.Clock;
import java.util.Objects;
import org.lastmile.service.SigningService;
import org.lastmile.ui.common.Background;

/**
 * What signing needs from the app, made by the composition root or the record screen.
 *
 * @param clock the time of the signature and of the pad's samples
 * @param background runs the storing of images off the FX thread (the store thread)
 * @param signing hashes the strokes and stores the pad's PNG or a fingerprint photo as an
 *     attachment; storing may throw a {@code LocalizedException} (not an image, too large), which is
 *     shown next to the field
 * @param device the device and screen, e.g. {@code "ThinkPad X13, 1920×1080"}
 * @param appVersion the LastMile version
 */
public record SignatureServices(Clock clock, Background background, SigningService signing, String device,
        String appVersion) {

    public SignatureServices {
        Objects.requireNonNull(clock);
        Objects.requireNonNull(background);
        Objects.requireNonNull(signing);
    }
}
