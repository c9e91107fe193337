package org.lastmile.i18n.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.function.Function;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.tibetan.TibetanScript;

/**
 * The order of names in lists that mix Tibetan and Chinese. Tibetan names sort in Tibetan order
 * (by root letter, ICU's {@code bo} collation: ཀ་བ་, ཀྱི་, ཀླུ་, དཀར་པོ་, བཀྲ་ཤིས་, …), Chinese names by
 * pinyin (ICU's {@code zh} collation), other names by the root collation. The names of the
 * interface language come first: Tibetan before Chinese in the Tibetan interface, Chinese first
 * otherwise.
 *
 * <p>ICU collators are not thread-safe; an instance is meant for one thread (the FX thread).
 */
public final class NameOrder implements Comparator<String> {

    private enum Script { TIBETAN, CHINESE, OTHER }

    private final Collator tibetan = Collator.getInstance(new ULocale("bo"));
    private final Collator chinese = Collator.getInstance(ULocale.forLanguageTag("zh"));
    private final Collator other = Collator.getInstance(ULocale.ROOT);
    private final Language language;

    public NameOrder(Language language) {
        this.language = language;
    }

    /** Orders items by a name, for example a party by its name in the interface language. */
    public <T> Comparator<T> comparing(Function<? super T, String> name) {
        return Comparator.comparing(name, this);
    }

    @Override
    public int compare(String a, String b) {
        String left = a == null ? "" : TextNormalization.nfc(a.strip());
        String right = b == null ? "" : TextNormalization.nfc(b.strip());
        Script sa = scriptOf(left);
        Script sb = scriptOf(right);
        if (sa != sb) {
            return Integer.compare(rank(sa), rank(sb));
        }
        return switch (sa) {
            case TIBETAN -> tibetan.compare(left, right);
            case CHINESE -> chinese.compare(left, right);
            case OTHER -> other.compare(left, right);
        };
    }

    private int rank(Script script) {
        if (script == Script.OTHER) {
            return 2;
        }
        boolean tibetanFirst = language == Language.TIBETAN;
        return (script == Script.TIBETAN) == tibetanFirst ? 0 : 1;
    }

    /** The script of the first letter of a name. */
    private static Script scriptOf(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (TibetanScript.isLetter(cp)) {
                return Script.TIBETAN;
            }
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return Script.CHINESE;
            }
            if (Character.isLetter(cp)) {
                return Script.OTHER;
            }
            i += Character.charCount(cp);
        }
        return Script.OTHER;
    }
}
