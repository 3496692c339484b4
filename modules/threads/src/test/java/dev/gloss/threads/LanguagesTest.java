package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A thread's language: chosen, else detected, else none (never a guess). */
class LanguagesTest {
    @Test
    void detectsByScriptAndByCommonWords() {
        assertEquals(Optional.of("en"), Languages.detect("What does fine-tuning actually change inside a language model? A thread"));
        assertEquals(Optional.of("de"), Languages.detect("Was verändert das Feintuning? Die Antwort ist nicht einfach, und sie ist wichtig."));
        assertEquals(Optional.of("fr"), Languages.detect("Le résultat est simple : la mise à jour est petite et elle est dans les couches du haut."));
        assertEquals(Optional.of("es"), Languages.detect("El cambio es pequeño y está en las capas de arriba, como dice el artículo."));
        assertEquals(Optional.of("ja"), Languages.detect("この論文は微調整が何を変えるかを示しています。"));
        assertEquals(Optional.of("zh"), Languages.detect("这篇论文说明了微调改变了什么"));
        assertEquals(Optional.of("ko"), Languages.detect("이 논문은 미세 조정이 무엇을 바꾸는지 보여줍니다"));
        assertEquals(Optional.of("ru"), Languages.detect("Это не так просто, и мы это видим в статье."));
        assertTrue(Languages.detect("#NLProc https://arxiv.org/abs/2611.04217 @alice.test").isEmpty(), "links, tags and mentions say nothing");
        assertTrue(Languages.detect("GPT-4o, LoRA, RLHF").isEmpty());
    }

    @Test
    void theThreadsOwnChoiceWins() {
        PostThread t = new PostThread("t", null, List.of(), null, List.of(Post.of("The update is small and it is in the top layers.")),
                null, null);
        assertEquals(Optional.of("en"), Languages.of(t));
        assertEquals(Optional.of("pt-BR"), Languages.of(t.withPublishing("pt-BR", null, null)));
        assertTrue(Languages.isTag("pt-BR") && Languages.isTag("en") && !Languages.isTag("english!"));
    }
}
