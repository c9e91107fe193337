package org.lastmile.ui.record.details;

import java.time.Instant;
import java.util.List;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.SurveyDetails;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.form.FormField;
import org.lastmile.ui.record.edit.FieldInput;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordForm;

/** The small forms of a record's type-specific fields. */
public final class DetailsForms {

    private DetailsForms() {
    }

    /** Survey record: who surveyed, the process, the result (evidence rules 2019, art. 43). */
    public static final class Survey extends RecordForm {

        final FormField<String> surveyor = field("surveyor", "record.field.surveyor", FormField.Kind.TEXT);
        final FormField<String> process = field("process", "record.field.process", FormField.Kind.TEXT);
        final FormField<String> result = field("result", "record.field.result", FormField.Kind.TEXT);

        public Survey(RecordEditor editor) {
            super(editor);
            reload();
        }

        @Override
        protected void load(SiteRecord r) {
            SurveyDetails survey = r.details(RecordDetails.Survey.class).map(RecordDetails.Survey::survey)
                    .orElse(SurveyDetails.EMPTY);
            surveyor.set(orEmpty(survey.surveyor()));
            process.set(orEmpty(survey.process()));
            result.set(orEmpty(survey.result()));
        }

        @Override
        protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
            return r.edit().details(new RecordDetails.Survey(
                    new SurveyDetails(surveyor.text(), process.text(), result.text()))).build();
        }

        @Override
        protected MessageKeyed description(FormField<?> changed) {
            return new MessageKey("record.edit.survey");
        }
    }

    /** Body-camera log: the device, when recording started and ended, why it stopped in between. */
    public static final class BodyCamera extends RecordForm {

        private final FieldInput input;
        final FormField<String> device = field("device", "record.camera.device", FormField.Kind.TEXT);
        final FormField<String> start = field("start", "record.camera.start", FormField.Kind.TEXT);
        final FormField<String> end = field("end", "record.camera.end", FormField.Kind.TEXT);
        final FormField<String> breakReason = field("breakReason", "record.camera.breakReason", FormField.Kind.TEXT);

        public BodyCamera(RecordEditor editor, FieldInput input) {
            super(editor);
            this.input = input;
            reload();
        }

        @Override
        protected void load(SiteRecord r) {
            BodyCameraLog log = r.details(RecordDetails.BodyCamera.class).map(RecordDetails.BodyCamera::log)
                    .orElse(BodyCameraLog.EMPTY);
            device.set(orEmpty(log.device()));
            start.set(input.format(log.start()));
            end.set(input.format(log.end()));
            breakReason.set(orEmpty(log.breakReason()));
        }

        @Override
        protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
            Instant from = parse(start, input::time, problems);
            Instant to = parse(end, input::time, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new Problem("end", "record.time.error.endBeforeStart"));
            }
            return r.edit().details(new RecordDetails.BodyCamera(
                    new BodyCameraLog(device.text(), from, to, breakReason.text()))).build();
        }

        @Override
        protected MessageKeyed description(FormField<?> changed) {
            return new MessageKey("record.edit.camera");
        }
    }

    /** What follows if the agreement is not kept (执行和解规定 9), in both languages. */
    public static final class Breach extends RecordForm {

        final FormField<String> zh = longTextField("breachZh", "record.agreement.breachZh", FormField.Kind.TEXT);
        final FormField<String> bo = longTextField("breachBo", "record.agreement.breachBo", FormField.Kind.TIBETAN);

        public Breach(RecordEditor editor) {
            super(editor);
            reload();
        }

        @Override
        protected void load(SiteRecord r) {
            zh.set(orEmpty(r.agreement().breachZh()));
            bo.set(orEmpty(r.agreement().breachBo()));
        }

        @Override
        protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
            return r.edit().agreement(new Agreement(r.agreement().terms(), zh.text(), bo.text())).build();
        }

        @Override
        protected MessageKeyed description(FormField<?> changed) {
            return new MessageKey("record.edit.breach");
        }
    }
}
