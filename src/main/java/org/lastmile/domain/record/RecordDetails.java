package org.lastmile.domain.record;

import java.util.List;
import java.util.Objects;

/**
 * The part of an on-site record (笔录) that belongs to its kind: the land of a hand-over, the
 * findings of a survey, the inventory of a seizure, the camera log. One type per
 * {@link RecordType}, so that a record holds only what its kind has; the parts common to all
 * kinds (people, transcript, agreement, attachments, signatures) stay on {@link SiteRecord}.
 */
public sealed interface RecordDetails {

    /** The kind of record these details belong to. */
    RecordType type();

    /** The details of a new record of a kind, nothing filled in yet. */
    static RecordDetails empty(RecordType type) {
        return switch (type) {
            case ENFORCEMENT -> new Enforcement();
            case SETTLEMENT -> new Settlement();
            case LAND_HANDOVER -> new LandHandover(LandDetails.EMPTY);
            case SURVEY -> new Survey(SurveyDetails.EMPTY);
            case SEIZURE -> new Seizure(List.of());
            case INTERPRETER_PLEDGE -> new InterpreterPledge();
            case BODY_CAMERA_LOG -> new BodyCamera(BodyCameraLog.EMPTY);
        };
    }

    /** 执行笔录: everything it holds is common to all records. */
    record Enforcement() implements RecordDetails {
        @Override
        public RecordType type() {
            return RecordType.ENFORCEMENT;
        }
    }

    /** 和解（调解）笔录: the terms are the record's agreement. */
    record Settlement() implements RecordDetails {
        @Override
        public RecordType type() {
            return RecordType.SETTLEMENT;
        }
    }

    /** 土地交付（腾退）笔录: the land handed over or vacated. */
    record LandHandover(LandDetails land) implements RecordDetails {
        public LandHandover {
            Objects.requireNonNull(land);
        }

        @Override
        public RecordType type() {
            return RecordType.LAND_HANDOVER;
        }
    }

    /** 勘验笔录: who surveyed, how, and what was found. */
    record Survey(SurveyDetails survey) implements RecordDetails {
        public Survey {
            Objects.requireNonNull(survey);
        }

        @Override
        public RecordType type() {
            return RecordType.SURVEY;
        }
    }

    /** 查封扣押笔录: the livestock or items seized, line by line. */
    record Seizure(List<InventoryLine> inventory) implements RecordDetails {
        public Seizure {
            inventory = List.copyOf(inventory);
        }

        @Override
        public RecordType type() {
            return RecordType.SEIZURE;
        }
    }

    /** 翻译人员保证书: the interpreter and the pledge are among the record's participants. */
    record InterpreterPledge() implements RecordDetails {
        @Override
        public RecordType type() {
            return RecordType.INTERPRETER_PLEDGE;
        }
    }

    /** 执法记录仪使用记录: the device and its time span; the files are attachments. */
    record BodyCamera(BodyCameraLog log) implements RecordDetails {
        public BodyCamera {
            Objects.requireNonNull(log);
        }

        @Override
        public RecordType type() {
            return RecordType.BODY_CAMERA_LOG;
        }
    }
}
