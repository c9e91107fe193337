package org.lastmile.ui.record;

import java.util.Objects;
import org.lastmile.ui.record.attachments.AttachmentChooser;
import org.lastmile.ui.record.edit.DocumentOpener;
import org.lastmile.ui.record.edit.RecordOpener;
import org.lastmile.ui.record.place.PositionSource;
import org.lastmile.ui.record.signatures.SignatureCapture;

/**
 * What a record screen asks of the window: files to attach, signatures, other screens, a GNSS
 * position. Tests hand in their own.
 */
public record RecordPorts(AttachmentChooser chooser, SignatureCapture capture, RecordOpener opener,
        PositionSource position, DocumentOpener documents) {

    public RecordPorts {
        Objects.requireNonNull(chooser);
        Objects.requireNonNull(capture);
        Objects.requireNonNull(opener);
        Objects.requireNonNull(position);
        Objects.requireNonNull(documents);
    }
}
