package org.entente.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.model.Param;
import org.junit.jupiter.api.Test;

/** The parameter reference lists every parameter the engine knows, and nothing else. */
class DocsTest {
    @Test
    void parametersMdListsEveryParameterOnce() throws Exception {
        String doc = Files.readString(Paths.get("docs/parameters.md"));
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_0-9]+)` \\|").matcher(doc);
        List<String> rows = new ArrayList<>();
        while (m.find()) rows.add(m.group(1));
        List<String> names = new ArrayList<>();
        for (Param p : Param.values()) names.add(p.key());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(names);
    }
}
