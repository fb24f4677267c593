package io.codebook.processor.reference;

import java.util.List;

/** End-user texts, one per locale, each marked with its language so browsers and screen readers read it as such. */
final class UserTexts {

    private UserTexts() {}

    static void write(Html html, List<CodeFacts.UserText> texts) {
        html.open("dl", "class", "texts");
        for (CodeFacts.UserText text : texts) {
            html.open("dt").text(ReferenceFacts.localeLabel(text.locale().tag()));
            if (text.locale().draft()) {
                html.text(" ").element("span", "draft", "class", "badge");
            }
            html.close("dt").element("dd", text.text(), "lang", text.locale().tag(), "class", "prose");
        }
        html.close("dl");
    }
}
