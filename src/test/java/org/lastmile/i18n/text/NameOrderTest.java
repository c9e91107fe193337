package org.lastmile.i18n.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;

class NameOrderTest {

    /** The order verified in i18n.md: by root letter, not by code point. */
    private static final List<String> TIBETAN_ORDER = List.of(
            "ཀ་བ་", "ཀྱི་", "ཀླུ་", "དཀར་པོ་", "བཀྲ་ཤིས་", "སྐལ་བཟང་", "ཁ་", "སྒྲོལ་མ་", "རྡོ་རྗེ་", "པདྨ་",
            "འབྲུག་", "ཚེ་རིང་", "གཡུ་", "བསོད་ནམས་", "ལྷ་མོ་", "ཨ་མ་");

    @Test
    void sortsTibetanNamesByRootLetter() {
        for (long seed = 0; seed < 5; seed++) {
            List<String> names = new ArrayList<>(TIBETAN_ORDER);
            Collections.shuffle(names, new Random(seed));
            names.sort(new NameOrder(Language.TIBETAN));
            assertThat(names).containsExactlyElementsOf(TIBETAN_ORDER);
        }
    }

    @Test
    void codePointOrderWouldBeWrong() {
        List<String> names = new ArrayList<>(TIBETAN_ORDER);
        Collections.sort(names);
        assertThat(names).isNotEqualTo(TIBETAN_ORDER);
    }

    @Test
    void sortsChineseNamesByPinyin() {
        List<String> names = new ArrayList<>(List.of("张三", "西宁", "阿坝", "刚察", "李四"));
        names.sort(new NameOrder(Language.CHINESE));
        assertThat(names).containsExactly("阿坝", "刚察", "李四", "西宁", "张三");
    }

    @Test
    void theInterfaceLanguageDecidesWhichScriptComesFirst() {
        List<String> mixed = List.of("张三", "ཚེ་རིང་", "Smith", "阿坝", "བཀྲ་ཤིས་");

        List<String> inTibetan = new ArrayList<>(mixed);
        inTibetan.sort(new NameOrder(Language.TIBETAN));
        assertThat(inTibetan).containsExactly("བཀྲ་ཤིས་", "ཚེ་རིང་", "阿坝", "张三", "Smith");

        List<String> inChinese = new ArrayList<>(mixed);
        inChinese.sort(new NameOrder(Language.CHINESE));
        assertThat(inChinese).containsExactly("阿坝", "张三", "བཀྲ་ཤིས་", "ཚེ་རིང་", "Smith");
    }

    @Test
    void ordersItemsByAName() {
        record Party(String name) { }
        List<Party> parties = new ArrayList<>(List.of(new Party("ཨ་མ་"), new Party("ཁ་"), new Party("ཀ་བ་")));
        parties.sort(new NameOrder(Language.TIBETAN).comparing(Party::name));
        assertThat(parties).extracting(Party::name).containsExactly("ཀ་བ་", "ཁ་", "ཨ་མ་");
    }
}
