package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.MarkerType;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.receiver.ReceiverListener;
import org.lastmile.gnss.receiver.ReplayReceiver;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.gnss.CaptureProblem;
import org.lastmile.ui.sketch.gnss.CornerCaptureViewModel;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;

/** The farmland scenario of issue 12 on the view models alone: no screen. */
@ExtendWith(FxThread.class)
class SketchViewModelTest {

    Path dir;
    QueueScheduler queue = new QueueScheduler();
    ReplayReceiver receiver;
    ReceiverStatusViewModel status;
    SketchViewModel model;
    AtomicInteger epochs = new AtomicInteger();
    AtomicReference<PlanePoint> standing = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("sketch-vm");
        receiver = new ReplayReceiver(DemoField.replayLog(dir), 1, false, queue, Clock.systemUTC());
        receiver.addListener(new ReceiverListener() {
            @Override
            public void onFix(GnssFix fix) {
                epochs.incrementAndGet();
            }
        });
        status = new ReceiverStatusViewModel(receiver, Runnable::run, () -> 5.0);
        model = new SketchViewModel(new SketchHistory(SiteSketch.empty(DemoField.CASE, DemoField.CRS, DemoField.HEIGHT_M)),
                new Background(Runnable::run));
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private CornerCaptureViewModel capture() {
        return new CornerCaptureViewModel(status, Runnable::run,
                AveragingSettings.defaults().withTarget(25, Duration.ofMinutes(5)).withMinFixes(20));
    }

    private void captureAll(CornerCaptureViewModel capture) {
        receiver.start();
        for (int i = 0; i < DemoField.CORNERS.size(); i++) {
            int before = Math.max(1, i * DemoField.EPOCHS_PER_CORNER);
            assertThat(queue.runUntil(() -> epochs.get() >= before)).isTrue();
            assertThat(capture.start(model::addCaptured)).as("capture %d", i).isTrue();
            assertThat(queue.runUntil(() -> !capture.runningProperty().get())).isTrue();
            assertThat(capture.problemProperty().get()).isNull();
        }
    }

    private String name(int i) {
        PlanePoint truth = DemoField.CORNERS.get(i);
        return model.current().corners().stream()
                .min((a, b) -> Double.compare(a.position().distanceTo(truth), b.position().distanceTo(truth)))
                .map(Corner::name).orElseThrow();
    }

    @Test
    void captureIsRefusedWhenTheReceiverIsWorseThanTheLimit() {
        ReceiverStatusViewModel strict = new ReceiverStatusViewModel(receiver, Runnable::run, () -> 1.0);
        CornerCaptureViewModel capture = new CornerCaptureViewModel(strict, Runnable::run,
                AveragingSettings.defaults().withMaxSigma(1.0));
        assertThat(capture.start(p -> { })).isFalse();
        assertThat(capture.problemProperty().get().messageKey()).isEqualTo(CaptureProblem.NO_FIX.messageKey());
        receiver.start();
        queue.runUntil(() -> epochs.get() >= 1);
        // HDOP 0.8 × UERE 4 m = 3.2 m, worse than 1 m
        assertThat(strict.gradeProperty().get()).isEqualTo(ReceiverStatusViewModel.Grade.POOR);
        assertThat(capture.start(p -> { })).isFalse();
        assertThat(capture.problemProperty().get().messageKey()).isEqualTo(CaptureProblem.ACCURACY.messageKey());
        assertThat(model.current().corners()).isEmpty();
    }

    @Test
    void theFarmlandFromCaptureToStakeOutAndBackByUndo() {
        captureAll(capture());
        assertThat(model.current().corners()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            // averaged to within a metre or two of the truth (handheld, 25 fixes of 1 m scatter)
            assertThat(model.current().cornerNamed("J" + (i + 1)).orElseThrow().position().distanceTo(DemoField.CORNERS.get(i)))
                    .isLessThan(2.0);
        }
        assertThat(model.closeParcel()).isTrue();
        assertThat(List.of(name(0), name(1), name(2), name(3), name(4))).containsExactly("J1", "J2", "J3", "J4", "J5");

        // the sides, the north side mistyped 85.37 → 58.37
        assertThat(DemoField.tape(0, 1)).isEqualTo("85.37");
        assertThat(model.tape("J1", "J2", "58.37")).isTrue();
        model.tape("J2", "J3", DemoField.tape(1, 2));
        model.tape("J3", "J4", DemoField.tape(2, 3));
        model.tape("J4", "J5", DemoField.tape(3, 4));
        model.tape("J5", "J1", DemoField.tape(4, 0));
        assertThat(model.outcomeProperty().get().nextDiagonal().orElseThrow()).as("weak: a diagonal to tape next").hasSize(2);
        model.tape("J1", "J3", DemoField.tape(0, 2));
        model.tape("J1", "J4", DemoField.tape(0, 3));
        model.tape("J2", "J4", DemoField.tape(1, 3));
        // 8 of the 2n − 3 + 2 = 9 tapes that locate a slip: the last untaped diagonal is named
        assertThat(model.outcomeProperty().get().nextDiagonal()).contains(List.of("J2", "J5"));
        model.tape("J2", "J5", DemoField.tape(1, 4));
        assertThat(model.outcomeProperty().get().nextDiagonal()).isEmpty();
        assertThat(model.tape("J2", "J9", "12")).isFalse();
        assertThat(model.tape("J2", "J5", "twelve")).isFalse();
        assertThat(model.problemProperty().get().messageKey()).isEqualTo("sketch.tape.error.length");

        org.lastmile.domain.sketch.SketchResult withSlip = model.outcomeProperty().get();
        assertThat(withSlip.slip()).isPresent();
        String slipTape = model.current().tapeBetween(model.current().cornerNamed("J1").get().id(),
                model.current().cornerNamed("J2").get().id()).orElseThrow().id();
        assertThat(withSlip.slip().get().tapeId()).isEqualTo(slipTape);
        assertThat(withSlip.slip().get().suggestion().getAsDouble()).isCloseTo(85.37, within(0.005));
        assertThat(model.fixSlip()).isTrue();
        org.lastmile.domain.sketch.SketchResult fixed = model.outcomeProperty().get();
        assertThat(fixed.slip()).isEmpty();
        // shoelace of the true corners: 7,401.71 m²; the tapes fix the shape to centimetres
        double truth = Math.abs(org.lastmile.survey.area.PlaneArea.signed(DemoField.CORNERS));
        assertThat(fixed.parcel().orElseThrow().m2()).isCloseTo(truth, within(1.0));
        assertThat(fixed.parcel().orElseThrow().sigmaM2()).isLessThan(5);

        // claims: A the field as walked, B a line 8 m further west at the south-west corner
        PlanePoint j4 = model.current().cornerNamed("J4").get().position();
        assertThat(model.addTyped(String.valueOf(j4.e() - 8), String.valueOf(j4.n()))).isTrue();
        assertThat(model.claim(Party.A, "J1 J2 J3 J4 J5")).isTrue();
        assertThat(model.claim(Party.B, "J1 J2 J3 J6 J5")).isTrue();
        assertThat(model.agreed("J1 J2 J3 J4 J5")).isTrue();

        // 6.6 mu cut parallel to the road edge J1→J2 and assigned
        DivisionViewModel division = new DivisionViewModel(model);
        division.edgeProperty().set(0);
        division.targetProperty().set("6.6");
        assertThat(division.previewProperty().get()).isNotNull();
        assertThat(division.previewProperty().get().parts().get(0).areaM2()).isCloseTo(4400.0, within(0.01));
        assertThat(division.accept()).isTrue();
        assertThat(division.assign(0, Party.A)).isTrue();
        assertThat(division.assign(1, Party.B)).isTrue();

        // stake-out: each new marker on a side, and J1, J2 and the two cut ends enclose 4,400 m²
        PlanePoint here = new PlanePoint(0, 0);
        AtomicReference<PlanePoint> receiverAt = new AtomicReference<>(here);
        StakeoutViewModel stakeout = new StakeoutViewModel(model, () -> Optional.ofNullable(receiverAt.get()));
        List<StakeoutViewModel.Card> cards = stakeout.cardsProperty().get();
        assertThat(cards).hasSize(2);
        for (StakeoutViewModel.Card card : cards) {
            PlanePoint from = model.current().cornerNamed(card.edgeFrom()).get().position();
            PlanePoint adjustedFrom = model.outcomeProperty().get().positions().get(model.current().cornerNamed(card.edgeFrom()).get().id());
            assertThat(card.alongM()).isCloseTo(adjustedFrom.distanceTo(card.design()), within(0.005));
            assertThat(from).isNotNull();
        }
        assertThat(List.of(cards.get(0).edgeFrom() + cards.get(0).edgeTo(), cards.get(1).edgeFrom() + cards.get(1).edgeTo()))
                .containsExactlyInAnyOrder("J2J3", "J5J1");
        var adj = model.outcomeProperty().get().positions();
        PlanePoint a1 = adj.get(model.current().cornerNamed("J1").get().id());
        PlanePoint a2 = adj.get(model.current().cornerNamed("J2").get().id());
        StakeoutViewModel.Card onJ2J3 = cards.stream().filter(c -> c.edgeFrom().equals("J2")).findFirst().orElseThrow();
        StakeoutViewModel.Card onJ5J1 = cards.stream().filter(c -> c.edgeFrom().equals("J5")).findFirst().orElseThrow();
        double part = Math.abs(org.lastmile.survey.area.PlaneArea.signed(List.of(a1, a2, onJ2J3.design(), onJ5J1.design())));
        assertThat(part).isCloseTo(4400.0, within(0.01));

        assertThat(stakeout.addMarkers(MarkerType.CONCRETE_POST)).isTrue();
        PlanePoint design = cards.get(0).design();
        receiverAt.set(new PlanePoint(design.e() + 0.03, design.n() - 0.04));
        assertThat(stakeout.guidance(0).orElseThrow().inside()).isTrue();
        assertThat(stakeout.guidance(0).orElseThrow().distanceM()).isCloseTo(0.05, within(1e-9));
        assertThat(stakeout.recordPlaced(0)).isTrue();
        assertThat(model.current().markers().get(0).differenceM().orElseThrow()).isCloseTo(0.05, within(1e-9));

        // undo walks it all back
        int steps = 0;
        while (model.undo().canUndoProperty().get()) {
            model.undo().undo();
            steps++;
        }
        assertThat(steps).isGreaterThan(20);
        assertThat(model.current().corners()).isEmpty();
        assertThat(model.current().tapes()).isEmpty();
        assertThat(model.current().divisionOf()).isEmpty();
    }
}
