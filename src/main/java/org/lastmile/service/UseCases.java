package org.lastmile.service;

import java.util.Objects;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.store.attachments.AttachmentLimits;
import org.lastmile.store.open.Store;

/**
 * Every application service over one opened store, made once by the composition root and handed
 * to the screens, the command line and (later) the sync engine.
 */
public record UseCases(CaseService cases, RecordService records, AttachmentService attachments,
        FieldImportService fieldImports, SigningService signing, SettingsService settings,
        SketchService sketches, DocumentService documents) {

    public UseCases {
        Objects.requireNonNull(cases);
        Objects.requireNonNull(records);
        Objects.requireNonNull(attachments);
        Objects.requireNonNull(fieldImports);
        Objects.requireNonNull(signing);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(sketches);
        Objects.requireNonNull(documents);
    }

    /** The services of a store, with the record rules given and the default attachment limits. */
    public static UseCases of(Store store, RecordChecker checker) {
        return of(store, checker, AttachmentLimits.DEFAULT);
    }

    public static UseCases of(Store store, RecordChecker checker, AttachmentLimits limits) {
        AttachmentService attachments = new AttachmentService(store.attachments(limits));
        return new UseCases(
                CaseService.of(store),
                RecordService.of(store, checker),
                attachments,
                new FieldImportService(attachments),
                new SigningService(store.records().codec(),
                        bytes -> store.blobs().put(new java.io.ByteArrayInputStream(bytes)).sha256()),
                SettingsService.of(store),
                SketchService.of(store),
                new DocumentService(store));
    }
}
