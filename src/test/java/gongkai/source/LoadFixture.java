package gongkai.source;

import gongkai.synth.ContentGenerator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generated content held in memory ({@link TreeFiles}), with files broken in every way the loader reports: syntax
 * errors, characters written as escapes (more than a file lists), a raw forbidden character, GBK, a file over the
 * size limit, an anchor, a duplicate key, an unknown file, a link and a file that cannot be read (a git submodule where {@code overall.md} should be).
 */
final class LoadFixture {

    private LoadFixture() {}

    /** The generated files (6 units × 8 projects, 2022), as text by path. */
    static Map<String, String> generated() {
        return new TreeMap<>(ContentGenerator.generate(new ContentGenerator.Spec(6, 8, List.of(2022), 7)).files());
    }

    /** {@code files} with the broken ones, as a content folder named {@code content}. */
    static TreeFiles broken(Map<String, String> files) {
        Map<String, String> text = new TreeMap<>(files);
        List<String> projects = text.keySet().stream().filter(p -> p.contains("/projects/")).toList();
        text.put(projects.get(1), text.get(projects.get(1)) + "oops: [\n");
        text.put(projects.get(3), text.get(projects.get(3)) + "notes:\n" + "  - \"\\u202E\"\n".repeat(25));
        text.put(projects.get(5), text.get(projects.get(5)).replaceFirst("name: ", "name: \u001B"));
        text.put(projects.get(9), "a: &x 1\n" + text.get(projects.get(9)));
        text.put(projects.get(11), text.get(projects.get(11)) + "name: 又一个名称\n");
        text.put(projects.get(13), text.get(projects.get(13)).replace("\n", "\tx\n"));
        text.put("2022/notes.txt", "不认识的文件\n");
        Map<String, byte[]> bytes = new TreeMap<>();
        text.forEach((path, t) -> bytes.put(path, t.getBytes(StandardCharsets.UTF_8)));
        bytes.put(projects.get(7), text.get(projects.get(7)).getBytes(Charset.forName("GBK")));
        bytes.put(projects.get(15), ("name: " + "很长".repeat(ContentText.MAX_FILE_BYTES / 6 + 1) + "\n").getBytes(StandardCharsets.UTF_8));
        String link = projects.get(17).replace(".yaml", "-link.yaml");
        String unreadable = text.keySet().stream().filter(p -> p.endsWith("/overall.md")).findFirst().orElseThrow();
        bytes.remove(unreadable);
        return new TreeFiles("content", bytes, Map.of(link, "这是一个符号链接", unreadable, "这是一个子模块"), Set.of(link));
    }
}
