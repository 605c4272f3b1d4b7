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
import java.util.TreeMap;

/**
 * The search index read back the slow and obvious way: every file's call and JSON, and each year's postings and
 * positions decoded into plain lists.
 */
final class DecodedIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A script file read back: the function it calls and its JSON. */
    record Script(String call, JsonNode json) {}

    /** A document under a term: its three numbers, flags (1: in a title field, 2: a whole title field), positions. */
    record Posting(int unit, int project, int indicator, int flags, List<Integer> occurrences) {}

    final Map<String, GeneratedFile> files = new LinkedHashMap<>();
    final JsonNode manifest;
    /** Year → term → postings, in the order of the files. */
    final Map<Integer, Map<String, List<Posting>>> terms = new TreeMap<>();

    DecodedIndex(List<GeneratedFile> index) {
        index.forEach(f -> files.put(f.path(), f));
        Script m = read(index.get(0));
        if (!m.call().equals("gongkaiSearch.manifest")) {
            throw new IllegalStateException("the first file is not the manifest: " + index.get(0).path());
        }
        manifest = m.json();
        for (JsonNode year : manifest.get("years")) {
            Map<String, List<Posting>> postings = new LinkedHashMap<>();
            for (JsonNode chunk : year.get("t")) {
                JsonNode t = script(year.get("terms").asText() + chunk.get(1).asText() + ".js", "gongkaiSearch.terms");
                List<Integer> occurrences = chunk.get(2).asInt() == 1
                        ? Varint.readAll(script(year.get("positions").asText() + chunk.get(1).asText() + ".js", "gongkaiSearch.positions").get("o").asText())
                        : List.of();
                decode(t.get("t").asText(), Varint.readAll(t.get("d").asText()), occurrences, postings);
            }
            terms.put(year.get("y").asInt(), postings);
        }
    }

    static Script read(GeneratedFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(");\n")) {
            throw new IllegalArgumentException("not a script of one call: " + file.path());
        }
        try {
            return new Script(text.substring(0, open), JSON.readTree(text.substring(open + 1, text.length() - 3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of a file, which must call this function and name itself. */
    JsonNode script(String path, String call) {
        GeneratedFile file = files.get(path);
        if (file == null) {
            throw new IllegalStateException("no file " + path);
        }
        Script s = read(file);
        if (!s.call().equals(call) || !s.json().get("f").asText().equals(path)) {
            throw new IllegalStateException(path + " calls " + s.call() + " and names " + s.json().get("f"));
        }
        return s.json();
    }

    private static void decode(String termText, List<Integer> d, List<Integer> o, Map<String, List<Posting>> out) {
        int at = 0;
        int oat = 0;
        for (String term : termText.split(" ")) {
            List<Posting> postings = new ArrayList<>();
            int unit = 0;
            int groups = d.get(at++);
            for (int g = 0; g < groups; g++) {
                unit = g == 0 ? d.get(at++) : unit + d.get(at++);
                int project = 0;
                int projects = d.get(at++);
                for (int p = 0; p < projects; p++) {
                    project = p == 0 ? d.get(at++) : project + d.get(at++);
                    int indicator = 0;
                    int docs = d.get(at++);
                    for (int k = 0; k < docs; k++) {
                        int v = d.get(at++);
                        indicator = k == 0 ? v / 4 : indicator + v / 4;
                        List<Integer> occ = new ArrayList<>();
                        if (Tokenizer.isTrigram(term)) {
                            int n = o.get(oat++);
                            for (int c = 0; c < n; c++) {
                                occ.add(o.get(oat++));
                            }
                        }
                        postings.add(new Posting(unit, project, indicator, v % 4, occ));
                    }
                }
            }
            if (out.put(term, postings) != null) {
                throw new IllegalStateException("term " + term + " in two files");
            }
        }
        if (at != d.size() || oat != o.size()) {
            throw new IllegalStateException("numbers left over: postings " + (d.size() - at) + ", positions " + (o.size() - oat));
        }
    }
}
