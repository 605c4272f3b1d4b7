package gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shard or manifest file read back: the call it makes, its JSON, and a shard's postings decoded. */
record DecodedShard(String call, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static DecodedShard read(GeneratedFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        String prefix = "gongkaiSearch.";
        if (!text.startsWith(prefix) || !text.endsWith(");\n")) {
            throw new IllegalArgumentException("not a search script: " + file.path());
        }
        int open = text.indexOf('(');
        try {
            return new DecodedShard(text.substring(prefix.length(), open), JSON.readTree(text.substring(open + 1, text.length() - 3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String string(int index) {
        return index < 0 ? null : json.get("s").get(index).asText();
    }

    /** The indicators' string positions, five each, 二级 as written (position + 1, 0 when blank). */
    List<Integer> indicators() {
        return Varint.readAll(json.get("i").asText());
    }

    /** Term → document numbers, from {@code t} and {@code d}. */
    Map<String, List<Integer>> postings() {
        String t = json.get("t").asText();
        String[] terms = t.isEmpty() ? new String[0] : t.split(" ");
        List<Integer> numbers = Varint.readAll(json.get("d").asText());
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        int pos = 0;
        for (String term : terms) {
            int n = numbers.get(pos++);
            List<Integer> docs = new ArrayList<>();
            int doc = 0;
            for (int i = 0; i < n; i++) {
                doc = i == 0 ? numbers.get(pos++) : doc + numbers.get(pos++);
                docs.add(doc);
            }
            out.put(term, docs);
        }
        if (pos != numbers.size()) {
            throw new IllegalStateException("postings hold " + (numbers.size() - pos) + " numbers more than the terms need");
        }
        return out;
    }
}
