package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The manifest's light parser gives the tree the object mapper gives, and refuses what it refuses. */
class JsonTreeTest {
    @Test
    void sameTreeAsTheMapper() throws Exception {
        String json = """
                { "schema" : 1, "settings" : { "name" : "G\\u00e9raldine \\ud83e\\uddea", "n" : -7, "big" : 12345678901,
                  "huge" : 123456789012345678901234567890, "ratio" : 0.25, "on" : true, "off" : false, "none" : null,
                  "list" : [ 1, "two", [ ], { "k" : [ 3.5e2 ] } ], "empty" : { } } }
                """;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(Json.MAPPER.readTree(bytes), JsonTree.parse(bytes));
        assertEquals(new String(Json.pretty(Json.MAPPER.readTree(bytes)), StandardCharsets.UTF_8),
                new String(Json.pretty(JsonTree.parse(bytes)), StandardCharsets.UTF_8));
    }

    @Test
    void refusesWhatIsNotOneDocument() {
        for (String bad : new String[] {"", "schema=1", "{ \"a\" : 1 } { }", "{ \"a\" : ", "[1, 2"}) {
            assertThrows(JsonProcessingException.class, () -> JsonTree.parse(bad.getBytes(StandardCharsets.UTF_8)), bad);
        }
    }
}
