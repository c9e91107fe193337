package org.lastmile.service;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.lastmile.domain.record.Stroke;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.RecordCodec;
import org.lastmile.store.records.SignatureImage;

/**
 * What signing (签名) keeps besides the domain's signature: the SHA-256 of the strokes' canonical
 * text and the images (the pad's PNG, rendered from the strokes, or a fingerprint photo) stored as
 * attachments. The screen captures; the hashing and storing happen here.
 */
public final class SigningService {

    private final RecordCodec codec;
    private final Function<byte[], String> storeImage;

    /**
     * @param codec gives the canonical stroke text
     * @param storeImage stores image bytes and returns their SHA-256; may throw a {@code
     *     LocalizedException} (not an image, too large), which the screen shows next to the field
     */
    public SigningService(RecordCodec codec, Function<byte[], String> storeImage) {
        this.codec = Objects.requireNonNull(codec);
        this.storeImage = Objects.requireNonNull(storeImage);
    }

    /** The SHA-256 of the strokes' canonical text, which the signature keeps. */
    public String strokesSha256(List<Stroke> strokes) {
        return Hashes.sha256(codec.strokesText(strokes));
    }

    /** Renders the strokes on a pad of the given size and stores the PNG; returns its SHA-256. */
    public String storePad(List<Stroke> strokes, int width, int height) {
        return storeImage.apply(SignatureImage.png(strokes, width, height));
    }

    /** Stores an image (a fingerprint photo); returns its SHA-256. */
    public String storeImage(byte[] bytes) {
        return storeImage.apply(bytes);
    }
}
