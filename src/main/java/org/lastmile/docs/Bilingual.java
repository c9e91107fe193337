package org.lastmile.docs;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.i18n.Messages;

/**
 * The words of a document in the languages it shows: a message in Tibetan then in Chinese (both),
 * in one of them (zh, bo), so that every part of every document puts the Tibetan line above the
 * Chinese line the same way (documents.md, "Bilingual documents").
 */
final class Bilingual {

    private final DocumentLanguage language;
    private final Messages zh;
    private final Messages bo;

    Bilingual(DocumentLanguage language, Messages zh, Messages bo) {
        this.language = language;
        this.zh = zh;
        this.bo = bo;
    }

    DocumentLanguage language() {
        return language;
    }

    Messages zh() {
        return zh;
    }

    Messages bo() {
        return bo;
    }

    /** A message in Tibetan then Chinese, as the document's language asks. */
    List<String> lines(String key, Object... args) {
        List<String> out = new ArrayList<>(2);
        if (language.showsTibetan()) {
            out.add(bo.get(key, args));
        }
        if (language.showsChinese()) {
            out.add(zh.get(key, args));
        }
        return out;
    }

    /**
     * A labelled value ("坐落：刚察县…"): the label in each language shown, the value as written
     * (values are what the clerk typed, usually Chinese).
     */
    List<String> field(String labelKey, Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        if (language.showsTibetan()) {
            out.add(bo.get("docs.field", bo.get(labelKey), value));
        }
        if (language.showsChinese()) {
            out.add(zh.get("docs.field", zh.get(labelKey), value));
        }
        return out;
    }

    /** A short label on one line: "མིང་རྟགས། 签名" in a bilingual document. */
    String inline(String key, Object... args) {
        return String.join(" ", lines(key, args));
    }
}
