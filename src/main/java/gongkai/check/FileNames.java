package gongkai.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Codes name files and folders, in {@code content/} and in the published site, and the site is copied to and
 * opened on Windows too: a code must make a file name that works on every system.
 */
final class FileNames {

    /** Device names Windows reserves in every folder, with or without an extension ({@code CON.yaml} too). */
    private static final Pattern RESERVED = Pattern.compile("(?i)CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");

    private FileNames() {}

    static boolean reserved(String code) {
        return RESERVED.matcher(code).matches();
    }

    /** What to tell someone whose code is a reserved name; {@code what} is 单位编码 or 项目编码. */
    static String reservedMessage(String what, String code) {
        return what + "“" + code + "”是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM0–COM9、LPT0–LPT9，不分大小写），"
                + "用它命名的文件和文件夹在 Windows 上无法创建或打开，网站也就无法在 Windows 上复制和浏览。"
                + "请核对编码，照预算系统中的编码填写。";
    }

    /** The key under which two codes collide on a file system that ignores case (Windows, macOS). */
    static String caseKey(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
