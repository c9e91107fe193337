package org.lastmile.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.lastmile.domain.cases.CaseNumber;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.EnforcementTitle;
import org.lastmile.domain.cases.IdNumber;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.Obligation;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyKind;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.cases.TitleKind;
import org.lastmile.domain.court.Court;
import org.lastmile.domain.court.CourtLevel;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;
import org.lastmile.store.open.Store;

/**
 * Realistic enforcement cases in bulk, for the launch and search benchmarks: Qinghai's basic
 * courts, Tibetan parties with names in both scripts beside Han and Hui parties, land, grassland,
 * livestock and money obligations, filing dates over the last two and a half years with the nodes,
 * pauses and seizures a case of that age has. Deterministic for a given seed and day.
 *
 * <pre>java -cp … org.lastmile.bench.CaseGenerator DATA_DIR COUNT</pre>
 * adds COUNT cases to the data directory (created with the demo cases when new).
 */
public final class CaseGenerator {

    /** Tibetan name parts with their usual Chinese transcription. */
    private static final String[][] TIBETAN_PARTS = {
        {"扎西", "བཀྲ་ཤིས"}, {"卓玛", "སྒྲོལ་མ"}, {"才让", "ཚེ་རིང"}, {"多杰", "རྡོ་རྗེ"}, {"拉毛", "ལྷ་མོ"},
        {"索南", "བསོད་ནམས"}, {"尼玛", "ཉི་མ"}, {"桑杰", "སངས་རྒྱས"}, {"更登", "དགེ་འདུན"}, {"旦增", "བསྟན་འཛིན"},
        {"完玛", "པདྨ"}, {"加措", "རྒྱ་མཚོ"}, {"东珠", "དོན་གྲུབ"}, {"贡保", "མགོན་པོ"}, {"诺布", "ནོར་བུ"},
        {"才旦", "ཚེ་བརྟན"}, {"华旦", "དཔལ་ལྡན"}, {"尕藏", "སྐལ་བཟང"}, {"吉", "སྐྱིད"}, {"措", "མཚོ"},
        {"玉珍", "གཡུ་སྒྲོན"}, {"拉姆", "ལྷ་མོ"}, {"嘉措", "རྒྱ་མཚོ"}, {"仁青", "རིན་ཆེན"}, {"德吉", "བདེ་སྐྱིད"},
        {"达娃", "ཟླ་བ"}, {"央金", "དབྱངས་ཅན"}, {"曲措", "ཆོས་མཚོ"}, {"南杰", "རྣམ་རྒྱལ"}, {"万德", "བན་དེ"},
    };
    private static final String[] HAN_SURNAMES = {"马", "韩", "王", "李", "张", "刘", "赵", "冶", "祁", "鲁"};
    private static final String[] HAN_GIVEN = {"建国", "秀英", "福林", "德明", "海龙", "玉兰", "成福", "国庆",
        "永红", "世杰", "春梅", "有才", "金花", "文斌", "志强"};
    private static final String[] VILLAGES = {"果洛藏贡麻村", "阿木乎村", "宁夏村", "塘渠村", "哈尔盖村",
        "吉尔孟村", "泉吉村", "沙陀寺村", "新泉村", "尕曲村"};
    private static final String[] COMPANIES = {"高原鑫达建筑劳务有限公司", "雪域牧业专业合作社", "三江源畜产品有限公司",
        "河湟农机服务有限公司", "青湖商贸有限公司"};

    /** Causes with their Tibetan wording and the obligation they lead to. */
    private record Cause(String zh, String bo, ObligationKind kind) {
    }

    private static final Cause[] CAUSES = {
        new Cause("返还耕地纠纷", "ས་ཞིང་ཕྱིར་སློག་གི་རྩོད་གཞི་", ObligationKind.HAND_OVER_LAND),
        new Cause("土地承包经营权纠纷", "ས་ཞིང་འགན་ལེན་བཀོལ་སྤྱོད་དབང་ཆའི་རྩོད་གཞི་", ObligationKind.HAND_OVER_LAND),
        new Cause("草原承包经营权分割纠纷", "རྩྭ་ཐང་འགན་ལེན་བཀོལ་སྤྱོད་དབང་ཆ་བགོ་བགྲོས་རྩོད་གཞི་", ObligationKind.DIVIDE_GRASSLAND),
        new Cause("离婚后财产（牲畜）分割纠纷", "ཁྱིམ་ཐག་བཅད་རྗེས་ཀྱི་ཕྱུགས་བགོ་བགྲོས་རྩོད་གཞི་", ObligationKind.DIVIDE_LIVESTOCK),
        new Cause("追索劳动报酬纠纷", "ལས་ཀའི་གླ་ཕོགས་རྩོད་གཞི་", ObligationKind.MONEY),
        new Cause("民间借贷纠纷", "མི་སྒེར་བུ་ལོན་རྩོད་གཞི་", ObligationKind.MONEY),
        new Cause("买卖合同纠纷", "ཉོ་ཚོང་གན་རྒྱའི་རྩོད་གཞི་", ObligationKind.MONEY),
    };

    private final Random random;
    private final LocalDate today;
    private final List<Court> courts;
    private final Map<String, Integer> serials = new HashMap<>();

    public CaseGenerator(long seed, LocalDate today, CourtTable table) {
        this.random = new Random(seed);
        this.today = today;
        this.courts = table.all().stream().filter(c -> c.level() == CourtLevel.BASIC).toList();
    }

    /** The next case; case numbers never repeat within one generator. */
    public EnforcementCase next() {
        LocalDate filed = today.minusDays(random.nextInt(900));
        Court court = courts.get(random.nextInt(courts.size()));
        String key = filed.getYear() + court.code();
        int serial = serials.merge(key, 1 + random.nextInt(3), Integer::sum) + 2000;
        CaseNumber number = new CaseNumber(filed.getYear(), court, org.lastmile.domain.cases.CaseType.FIRST, serial);
        Cause cause = CAUSES[random.nextInt(CAUSES.length)];
        List<Party> parties = new ArrayList<>();
        parties.add(person(PartyRole.APPLICANT, court, filed));
        parties.add(cause.kind() == ObligationKind.MONEY && random.nextInt(3) == 0
                ? organisation(PartyRole.RESPONDENT) : person(PartyRole.RESPONDENT, court, filed));
        if (random.nextInt(5) == 0) {
            parties.add(person(PartyRole.INTERESTED_PARTY, court, filed));
        }
        long age = java.time.temporal.ChronoUnit.DAYS.between(filed, today);
        CaseStatus status = status(age);
        EnforcementTitle title = new EnforcementTitle(
                cause.kind() == ObligationKind.MONEY ? TitleKind.JUDGMENT : TitleKind.CONFIRMED_MEDIATION,
                "(" + filed.getYear() + ")" + court.code() + "民初" + (serial - 1500) + "号", court.nameZh(),
                filed.minusDays(20 + random.nextInt(60)), cause.zh() + "，" + obligationText(cause), null);
        return new EnforcementCase(uuid(), number, cause.zh(), cause.bo(), title, List.of(obligation(cause)), filed,
                status, List.of(), parties, progress(filed, age, status), false);
    }

    private CaseStatus status(long age) {
        if (age > 240) {
            int r = random.nextInt(10);
            return r < 6 ? CaseStatus.CONCLUDED : r < 9 ? CaseStatus.CLOSED_FOR_NOW : CaseStatus.IN_PROGRESS;
        }
        if (age < 10) {
            return CaseStatus.FILED;
        }
        int r = random.nextInt(10);
        return r == 0 ? CaseStatus.SUSPENDED : r == 1 ? CaseStatus.SETTLEMENT : CaseStatus.IN_PROGRESS;
    }

    private CaseProgress progress(LocalDate filed, long age, CaseStatus status) {
        List<NodeEvent> events = new ArrayList<>();
        List<Pause> pauses = new ArrayList<>();
        List<Seizure> seizures = new ArrayList<>();
        if (age > 3) {
            LocalDate assigned = filed.plusDays(1 + random.nextInt(Math.min(9, (int) age - 2)));
            events.add(new NodeEvent(uuid(), NodeKind.OFFICER_ASSIGNED, assigned, null));
            if (age > 12 && random.nextInt(6) > 0) {
                events.add(new NodeEvent(uuid(), NodeKind.NOTICE_SENT, assigned.plusDays(1 + random.nextInt(4)), null));
            }
            if (age > 60 && random.nextInt(3) == 0) {
                seizures.add(new Seizure(uuid(), SeizureKind.MOVABLE, "牦牛" + (10 + random.nextInt(60)) + "头",
                        filed.plusDays(30 + random.nextInt(20)), null));
            }
        }
        if (status == CaseStatus.SUSPENDED) {
            pauses.add(new Pause(uuid(), PauseReason.SUSPENSION, today.minusDays(random.nextInt((int) age)), null));
        }
        if (!status.isOpen()) {
            events.add(new NodeEvent(uuid(), NodeKind.CLOSED, filed.plusDays(60 + random.nextInt(180)), null));
        }
        return new CaseProgress(events, pauses, List.of(), seizures);
    }

    private Obligation obligation(Cause cause) {
        BigDecimal quantity = switch (cause.kind().unit()) {
            case YUAN -> BigDecimal.valueOf(2000 + random.nextInt(200) * 500L);
            case MU -> BigDecimal.valueOf(10 + random.nextInt(400), 1);
            case HEAD -> BigDecimal.valueOf(3 + random.nextInt(80));
            case NONE -> null;
        };
        LandParcel parcel = cause.kind().concernsLand()
                ? new LandParcel(village(), null, "村道", "草场网围栏", random.nextInt(4) == 0 ? null : "灌渠", "山脚")
                : null;
        return new Obligation(uuid(), cause.kind(), quantity, obligationText(cause), null, parcel);
    }

    private static String obligationText(Cause cause) {
        return switch (cause.kind()) {
            case MONEY -> "给付款项";
            case HAND_OVER_LAND -> "返还耕地";
            case DIVIDE_GRASSLAND -> "分割草场";
            case DIVIDE_LIVESTOCK -> "分割牲畜";
            case OTHER_ACT -> "其他行为";
        };
    }

    private Party person(PartyRole role, Court court, LocalDate filed) {
        String zh;
        String bo;
        SpokenLanguage language;
        if (random.nextInt(3) > 0) {
            String[] a = TIBETAN_PARTS[random.nextInt(TIBETAN_PARTS.length)];
            String[] b = TIBETAN_PARTS[random.nextInt(TIBETAN_PARTS.length)];
            zh = a[0] + b[0];
            bo = a[1] + "་" + b[1];
            language = SpokenLanguage.TIBETAN;
        } else {
            zh = HAN_SURNAMES[random.nextInt(HAN_SURNAMES.length)] + HAN_GIVEN[random.nextInt(HAN_GIVEN.length)];
            bo = null;
            language = SpokenLanguage.CHINESE;
        }
        return new Party(uuid(), role, PartyKind.PERSON, zh, bo, idNumber(court, filed), phone(),
                court.nameZh().replace("人民法院", "") + village(), language);
    }

    private Party organisation(PartyRole role) {
        return new Party(uuid(), role, PartyKind.ORGANISATION, "青海" + COMPANIES[random.nextInt(COMPANIES.length)],
                null, null, phone(), null, SpokenLanguage.CHINESE);
    }

    private String idNumber(Court court, LocalDate filed) {
        LocalDate birth = filed.minusYears(20 + random.nextInt(50)).minusDays(random.nextInt(365));
        String first17 = court.divisionCode() + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return IdNumber.parse(first17 + IdNumber.checkCharacter(first17)).value();
    }

    private String phone() {
        return "139" + String.format("%08d", random.nextInt(100_000_000));
    }

    private String village() {
        return VILLAGES[random.nextInt(VILLAGES.length)];
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** Adds {@code count} generated cases to a store, a thousand per transaction. */
    public static void fill(Store store, int count, long seed) {
        LocalDate today = LocalDate.now(store.database().clock().withZone(store.zone()));
        CaseGenerator generator = new CaseGenerator(seed, today, store.courts());
        int done = 0;
        while (done < count) {
            int batch = Math.min(1000, count - done);
            store.database().transaction(tx -> {
                for (int i = 0; i < batch; i++) {
                    store.cases().save(tx, generator.next(), "bench");
                }
                return null;
            });
            done += batch;
        }
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        try (Store store = org.lastmile.app.wiring.Wiring.system().openStore(dir, true)) {
            fill(store, count, 2026L);
            System.out.printf("%s: %d cases in all (%d added in %d ms)%n", dir, store.cases().count(), count,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
